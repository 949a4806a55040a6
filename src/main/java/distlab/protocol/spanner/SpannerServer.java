package distlab.protocol.spanner;

import distlab.protocol.spanner.Shard.Commit;
import distlab.protocol.spanner.SpannerMessage.Committed;
import distlab.protocol.spanner.SpannerMessage.ReadReply;
import distlab.protocol.spanner.SpannerMessage.ReadRequest;
import distlab.protocol.spanner.SpannerMessage.TxnRequest;
import distlab.protocol.spanner.SpannerTimer.CommitWait;
import distlab.protocol.spanner.SpannerTimer.ReadWait;
import distlab.sim.SimTime;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.TimerTag;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Spanner node (lecture 8.2; Corbett et al. 2012, section 4): the leader of its own shard.
 * <ul>
 * <li>A read-write transaction gets commit timestamp s = TT.now().latest (above every timestamp
 *     handed out here). With commit wait on, it is applied and acknowledged only once
 *     TT.now().earliest > s, so s has certainly passed when anyone can see it.</li>
 * <li>A snapshot read at timestamp t (default TT.now().latest) returns the newest version at or
 *     before t. It waits until no commit at or before t is still waiting here and, with commit
 *     wait on, until t has certainly passed (this node's safe time is beyond t); and every later
 *     commit here gets a timestamp above t, so the snapshot never changes.</li>
 * </ul>
 * Commits in commit wait are on disk; reads waiting are volatile.
 */
final class SpannerServer implements Process {
    /** A read waiting for its snapshot to be safe. */
    private record PendingRead(int op, NodeId client, String key, long ts) {}

    private final Shard shard;
    private final SpannerSettings settings;
    private final SpannerLedger ledger;
    private final Map<Integer, PendingRead> reads = new TreeMap<>();
    /** The timer of each read waiting for its timestamp to pass. */
    private final Map<Integer, Long> readTimers = new TreeMap<>();

    SpannerServer(Shard shard, SpannerSettings settings, SpannerLedger ledger) {
        this.shard = shard;
        this.settings = settings;
        this.ledger = ledger;
    }

    private TrueTime now(Context ctx) {
        return TrueTime.now(ctx.clock(), settings.epsilon());
    }

    /** A restarted node carries on with the commits it had decided: their waits are on disk. */
    @Override
    public void onStart(Context ctx) {
        for (Commit c : new ArrayList<>(shard.waiting().values())) waitOut(ctx, c);
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        if (payload instanceof TxnRequest t) commit(ctx, from, t);
        else if (payload instanceof ReadRequest r) read(ctx, from, r);
    }

    private void commit(Context ctx, NodeId client, TxnRequest t) {
        if (!shard.firstSight(t.op())) return; // a duplicate: it has its timestamp already
        TrueTime tt = now(ctx);
        long s = shard.commitTimestamp(tt.latest());
        ledger.stamped(t.op(), s, ctx.self(), ctx.now(), false);
        Commit c = new Commit(t.op(), client, s, t.writes());
        if (!settings.commitWait()) {
            ctx.local("op" + t.op() + " ts=" + ts(s) + " TT=" + tt + ", no commit wait");
            applyAndReply(ctx, c);
            return;
        }
        ctx.local("op" + t.op() + " ts=" + ts(s) + " TT=" + tt + ": commit wait until earliest > " + ts(s));
        shard.await(c);
        waitOut(ctx, c);
    }

    /** Commit wait: done once TT.now().earliest > s; else a timer for when this clock will say so. */
    private void waitOut(Context ctx, Commit c) {
        if (now(ctx).after(c.ts())) {
            applyAndReply(ctx, c);
            return;
        }
        ctx.setTimer(delayUntilPast(ctx, c.ts()), new CommitWait(c.op()));
    }

    /**
     * True time until this clock reads past {@code t} + ε (then earliest > t). Exact for a clock
     * without drift; with drift or a step the timer fires early or late and the wait is checked again.
     */
    private long delayUntilPast(Context ctx, long t) {
        return Math.max(1, t + settings.epsilon() + 1 - ctx.clock().read());
    }

    private void applyAndReply(Context ctx, Commit c) {
        shard.apply(c);
        ledger.done(c.op(), ctx.now());
        ctx.send(c.client(), new Committed(c.op(), c.ts()));
        serveReads(ctx);
    }

    private void read(Context ctx, NodeId client, ReadRequest r) {
        if (!shard.firstSight(r.op())) return;
        boolean chosen = r.ts() != SpannerRequest.Read.NOW;
        long t = chosen ? r.ts() : now(ctx).latest();
        // Reserve the snapshot: no later commit here may take a timestamp at or below it.
        shard.readAt(t);
        ledger.stamped(r.op(), t, ctx.self(), ctx.now(), chosen);
        reads.put(r.op(), new PendingRead(r.op(), client, r.key(), t));
        serveReads(ctx);
    }

    /** Serves every waiting read whose snapshot is now safe; sets a timer for one still uncertain. */
    private void serveReads(Context ctx) {
        for (PendingRead r : new ArrayList<>(reads.values())) {
            if (shard.waitingAtOrBefore(r.ts())) continue; // served when that commit is applied
            if (settings.commitWait() && !now(ctx).after(r.ts())) {
                if (!readTimers.containsKey(r.op())) readTimers.put(r.op(), ctx.setTimer(delayUntilPast(ctx, r.ts()), new ReadWait(r.op())));
                continue;
            }
            reads.remove(r.op());
            Long timer = readTimers.remove(r.op());
            if (timer != null) ctx.cancelTimer(timer);
            Version v = shard.at(r.key(), r.ts());
            ledger.done(r.op(), ctx.now());
            ctx.send(r.client(), new ReadReply(r.op(), v == null ? "none" : v.value(), r.ts()));
        }
    }

    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        if (tag instanceof CommitWait w && shard.waiting(w.op()) != null) waitOut(ctx, shard.waiting(w.op()));
        else if (tag instanceof ReadWait w && reads.containsKey(w.op())) {
            readTimers.remove(w.op());
            serveReads(ctx);
        }
    }

    private static String ts(long micros) {
        return SimTime.format(micros);
    }

    /** Reads waiting here, by op. */
    Map<Integer, String> waitingReads() {
        Map<Integer, String> out = new TreeMap<>();
        reads.values().forEach(r -> out.put(r.op(), r.key()));
        return out;
    }
}
