package distlab.protocol.ntp;

import distlab.protocol.ntp.SyncMessage.BerkeleyAdjust;
import distlab.protocol.ntp.SyncMessage.BerkeleyPoll;
import distlab.protocol.ntp.SyncMessage.BerkeleyReport;
import distlab.protocol.ntp.SyncMessage.NtpRequest;
import distlab.protocol.ntp.SyncMessage.NtpResponse;
import distlab.protocol.ntp.SyncMessage.TimeReply;
import distlab.protocol.ntp.SyncMessage.TimeRequest;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.TimerTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node that synchronises its clock (lecture 3.2). Every node can serve the time, ask another
 * node for it (NTP or Cristian), and be master or member of a Berkeley round. Every timestamp
 * it takes is its own clock's reading: it never knows the true time.
 */
final class SyncNode implements Process {
    /** The client's request awaiting its response. */
    private record Pending(NodeId server, Algorithm algorithm, long t1) {}

    private final NtpSettings settings;
    private final Polling polling;
    private final SyncLog log;
    private final Referee referee;
    private Pending pending;
    private BerkeleyRound round;

    SyncNode(NtpSettings settings, Polling polling, SyncLog log, Referee referee) {
        this.settings = settings;
        this.polling = polling;
        this.log = log;
        this.referee = referee;
    }

    @Override
    public void onStart(Context ctx) {
        if (polling.on() && !isTimeServer(ctx)) ctx.setTimer(polling.periodMicros(), polling.tick());
    }

    /** The first node is the stratum-1 time server that clients poll. */
    private static boolean isTimeServer(Context ctx) {
        return ctx.servers().get(0).equals(ctx.self());
    }

    // ---- a client's exchange ----

    /** Sends a request to {@code server}, noting t1 on this node's clock; returns the message. */
    int startExchange(Context ctx, NodeId server) {
        Algorithm algorithm = settings.algorithm();
        long t1 = ctx.clock().read();
        pending = new Pending(server, algorithm, t1);
        return ctx.send(server, algorithm == Algorithm.NTP ? new NtpRequest(t1) : new TimeRequest());
    }

    /**
     * The response completes the exchange at t4. A response that does not answer the request
     * outstanding (a duplicate, or one overtaken by a newer request) is ignored, as RFC 5905
     * ignores a packet whose origin timestamp does not match.
     */
    private void finish(Context ctx, NodeId server, Algorithm algorithm, long t1, Long t2, long t3) {
        if (pending == null || !pending.server().equals(server) || pending.algorithm() != algorithm || pending.t1() != t1) return;
        pending = null;
        long t4 = ctx.clock().read();
        Exchange e = Exchange.of(server, algorithm, t1, t2, t3, t4, referee.trueOffset(server, ctx.self()));
        log.record(e);
        referee.judge(ctx.self(), e);
        e.action().apply(ctx.clock(), e.estimate());
        ctx.local(e.action().label(e.estimate()));
    }

    // ---- a server's answer ----

    /** t2 is read as the request arrives; the answer leaves after the turnaround, with t3 read then. */
    private void serve(Context ctx, NodeId client, Algorithm algorithm, long t1) {
        long t2 = ctx.clock().read();
        if (settings.turnaround() == 0) answer(ctx, client, algorithm, t1, t2);
        else ctx.setTimer(settings.turnaround(), new SyncTimer.Answer(client, algorithm, t1, t2));
    }

    private void answer(Context ctx, NodeId client, Algorithm algorithm, long t1, long t2) {
        long t3 = ctx.clock().read();
        ctx.send(client, algorithm == Algorithm.NTP ? new NtpResponse(t1, t2, t3) : new TimeReply(t3));
    }

    // ---- Berkeley ----

    /** As master: poll every other node for its reading; average at the deadline or when all have reported. */
    void startBerkeley(Context ctx) {
        List<NodeId> others = new ArrayList<>(ctx.servers());
        others.remove(ctx.self());
        round = new BerkeleyRound(log.nextRound(), ctx.clock().monotonic(), others);
        for (NodeId node : others) ctx.send(node, new BerkeleyPoll(round.id));
        round.deadlineTimer = ctx.setTimer(settings.timeout(), new SyncTimer.BerkeleyDeadline(round.id));
    }

    /** Each reporting node is sent the average minus its own difference; the master adjusts by the average. */
    private void finishRound(Context ctx) {
        BerkeleyRound done = round;
        round = null;
        ctx.cancelTimer(done.deadlineTimer);
        long average = done.average();
        for (Map.Entry<NodeId, Long> d : done.differences().entrySet()) {
            ctx.send(d.getKey(), new BerkeleyAdjust(done.id, average - d.getValue()));
        }
        adjust(ctx, ctx.self(), done.id, average);
    }

    /**
     * A Berkeley correction is applied like an NTP one: slewed, stepped, or refused. It is
     * relative, so a duplicate of the same round's message must not be applied again.
     */
    private void adjust(Context ctx, NodeId master, int round, long amount) {
        SyncLog.Adjustment last = log.lastAdjustment();
        if (last != null && last.repeats(master, round)) return;
        Correction action = Correction.forOffset(amount);
        log.record(new SyncLog.Adjustment(master, round, amount, action));
        action.apply(ctx.clock(), amount);
        ctx.local("berkeley " + action.label(amount));
    }

    // ---- handlers ----

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        if (payload instanceof NtpRequest r) {
            serve(ctx, from, Algorithm.NTP, r.t1());
        } else if (payload instanceof TimeRequest) {
            serve(ctx, from, Algorithm.CRISTIAN, 0);
        } else if (payload instanceof NtpResponse r) {
            finish(ctx, from, Algorithm.NTP, r.t1(), r.t2(), r.t3());
        } else if (payload instanceof TimeReply r && pending != null) {
            finish(ctx, from, Algorithm.CRISTIAN, pending.t1(), null, r.time());
        } else if (payload instanceof BerkeleyPoll p) {
            ctx.send(from, new BerkeleyReport(p.round(), ctx.clock().read()));
        } else if (payload instanceof BerkeleyReport r && round != null && round.id == r.round()) {
            round.report(from, r.reading(), ctx.clock());
            if (round.complete()) finishRound(ctx);
        } else if (payload instanceof BerkeleyAdjust a) {
            adjust(ctx, from, a.round(), a.amount());
        }
    }

    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        if (tag instanceof SyncTimer.Answer a) {
            answer(ctx, a.client(), a.algorithm(), a.t1(), a.t2());
        } else if (tag instanceof SyncTimer.Poll p && polling.current(p)) {
            startExchange(ctx, ctx.servers().get(0));
            ctx.setTimer(polling.periodMicros(), p);
        } else if (tag instanceof SyncTimer.BerkeleyDeadline d && round != null && round.id == d.round()) {
            finishRound(ctx);
        }
    }
}
