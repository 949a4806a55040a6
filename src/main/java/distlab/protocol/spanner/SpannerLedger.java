package distlab.protocol.spanner;

import distlab.sim.node.NodeId;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lab's own record of each op's timestamp and wait, kept outside the nodes: only the
 * simulator knows the true time, so only it can judge real-time order (lecture 8.2).
 */
final class SpannerLedger {
    /** An op's timestamp, where it ran, the true time it was given it, and (once done) how long it waited. */
    record Stamp(long ts, NodeId at, long since, long waited, boolean chosen) {}

    private final Map<Integer, Stamp> stamps = new TreeMap<>();

    /** {@code chosen}: a read at a timestamp the user gave, not held to real-time order. */
    void stamped(int op, long ts, NodeId at, long now, boolean chosen) {
        stamps.put(op, new Stamp(ts, at, now, -1, chosen));
    }

    void done(int op, long now) {
        Stamp s = stamps.get(op);
        if (s != null) stamps.put(op, new Stamp(s.ts(), s.at(), s.since(), now - s.since(), s.chosen()));
    }

    Stamp stamp(int op) {
        return stamps.get(op);
    }
}
