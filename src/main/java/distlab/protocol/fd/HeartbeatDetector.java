package distlab.protocol.fd;

import distlab.protocol.fd.FdMessage.Heartbeat;
import distlab.sim.SimTime;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;
import distlab.sim.snapshot.NotState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A timeout-based failure detector (lecture 2.4), as a component a node's process embeds. It
 * sends a heartbeat to every other server every {@code heartbeat}, and suspects a server it has
 * not heard from for that server's timeout. A heartbeat from a suspected server un-suspects it;
 * with {@code adaptive} on it also doubles that server's timeout, so once the network's unknown
 * delay bound holds, false suspicions stop: an eventually perfect detector (Chandra and Toueg's
 * diamond-P). Everything here is volatile: a restarted node starts trusting everyone again.
 *
 * <p>The embedding process forwards its {@code onStart}, and offers every message and timer to
 * {@link #onMessage} and {@link #onTimer}, which return true when it was the detector's own.
 */
public final class HeartbeatDetector {
    private final DetectorConfig config;
    private final SuspicionLog log;
    private final Map<NodeId, Long> timeouts = new TreeMap<>();
    /** Timer ids: the kernel's pending timers are the state (explore). */
    @NotState private final Map<NodeId, Long> silenceTimers = new TreeMap<>();
    private final SortedSet<NodeId> suspects = new TreeSet<>();
    private final List<NodeId> newSuspicions = new ArrayList<>();
    private int beats;
    @NotState private long beatTimer = -1;

    public HeartbeatDetector(DetectorConfig config, SuspicionLog log) {
        this.config = config;
        this.log = log;
    }

    public void onStart(Context ctx) {
        beat(ctx);
    }

    /** Takes a heartbeat (returns true); anything else is the embedder's (false). */
    public boolean onMessage(Context ctx, NodeId from, Object payload) {
        if (!(payload instanceof Heartbeat)) return false;
        if (suspects.remove(from)) {
            // Lecture 2.4: the suspicion was wrong. An eventually perfect detector waits longer next time.
            if (config.adaptive()) timeouts.put(from, Math.min(2 * timeoutOf(from), SimTime.MAX_MICROS));
            ctx.local("unsuspect " + from + (config.adaptive() ? " (timeout now " + SimTime.format(timeoutOf(from)) + ")" : ""));
        }
        armSilence(ctx, from);
        return true;
    }

    /** Takes the detector's own timers (returns true); anything else is the embedder's (false). */
    public boolean onTimer(Context ctx, TimerTag tag) {
        if (tag == FdTimer.Beat.BEAT) {
            beat(ctx);
            return true;
        }
        if (!(tag instanceof FdTimer.Silence s)) return false;
        silenceTimers.remove(s.peer());
        if (suspects.add(s.peer())) {
            newSuspicions.add(s.peer());
            ctx.local("suspect " + s.peer());
            log.suspected(ctx.self(), s.peer());
        }
        return true;
    }

    /** Heartbeats to every other server; a server not yet watched starts its timeout now. */
    private void beat(Context ctx) {
        beats++;
        for (NodeId peer : ctx.servers()) {
            if (peer.equals(ctx.self())) continue;
            ctx.send(peer, new Heartbeat(beats));
            if (!silenceTimers.containsKey(peer) && !suspects.contains(peer)) armSilence(ctx, peer);
        }
        beatTimer = ctx.setTimer(config.heartbeatMicros(), FdTimer.Beat.BEAT);
    }

    /** The heartbeat interval changed: the next heartbeat goes out one new interval from now. */
    public void heartbeatChanged(Context ctx) {
        ctx.cancelTimer(beatTimer);
        beatTimer = ctx.setTimer(config.heartbeatMicros(), FdTimer.Beat.BEAT);
    }

    private void armSilence(Context ctx, NodeId peer) {
        Long old = silenceTimers.get(peer);
        if (old != null) ctx.cancelTimer(old);
        silenceTimers.put(peer, ctx.setTimer(timeoutOf(peer), new FdTimer.Silence(peer)));
    }

    /** The servers it suspects now, in node order. */
    public SortedSet<NodeId> suspects() {
        return Collections.unmodifiableSortedSet(suspects);
    }

    public boolean suspects(NodeId node) {
        return suspects.contains(node);
    }

    /** How long a silence of {@code peer} it waits for now. */
    public long timeoutOf(NodeId peer) {
        return timeouts.getOrDefault(peer, config.timeoutMicros());
    }

    /** Servers suspected since the last call, in the order suspected: for an embedder that acts on a suspicion. */
    public List<NodeId> takeNewSuspicions() {
        List<NodeId> out = List.copyOf(newSuspicions);
        newSuspicions.clear();
        return out;
    }
}
