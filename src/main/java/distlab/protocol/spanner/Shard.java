package distlab.protocol.spanner;

import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Spanner node's durable state: the shard it leads (a Paxos group in Spanner, one node here)
 * as a multi-version store, the timestamps it has handed out, and the commits decided but still
 * in commit wait (Spanner logs them through Paxos, so they survive a crash).
 */
final class Shard {
    /** A decided commit waiting out its uncertainty before it is applied and acknowledged. */
    record Commit(int op, NodeId client, long ts, Map<String, String> writes) {
        Commit {
            writes = new TreeMap<>(writes);
        }
    }

    /** At most this many versions are kept per key; the oldest go first. */
    static final int MAX_VERSIONS = 10_000;

    private final Map<String, List<Version>> versions = new TreeMap<>();
    private final Map<Integer, Commit> waiting = new TreeMap<>();
    /** The greatest commit timestamp handed out here: later ones are greater (Spanner's monotonic timestamps per leader). */
    private long lastCommitTs = -1;
    /** The greatest snapshot timestamp a read has taken here: a later commit gets a greater one, so the snapshot never changes. */
    private long lastReadTs = -1;
    /** Ops this node has taken up, so a duplicate request is not run twice. */
    private final Set<Integer> seen = new TreeSet<>();
    private boolean clockSet;

    /** True the first time an op reaches this node. */
    boolean firstSight(int op) {
        return seen.add(op);
    }

    /** A commit timestamp: TT.now().latest, above every timestamp handed out here. */
    long commitTimestamp(long latest) {
        lastCommitTs = Math.max(latest, Math.max(lastCommitTs, lastReadTs) + 1);
        return lastCommitTs;
    }

    void readAt(long ts) {
        lastReadTs = Math.max(lastReadTs, ts);
    }

    void await(Commit c) { waiting.put(c.op(), c); }

    Commit waiting(int op) { return waiting.get(op); }

    Map<Integer, Commit> waiting() { return waiting; }

    /** The commit becomes visible: its versions join the store in timestamp order. */
    void apply(Commit c) {
        waiting.remove(c.op());
        for (Map.Entry<String, String> w : c.writes().entrySet()) {
            List<Version> list = versions.computeIfAbsent(w.getKey(), k -> new ArrayList<>());
            int at = list.size();
            while (at > 0 && list.get(at - 1).ts() > c.ts()) at--;
            list.add(at, new Version(c.ts(), w.getValue(), c.op()));
            if (list.size() > MAX_VERSIONS) list.remove(0);
        }
    }

    /** MVCC: the newest version of {@code key} at or before {@code ts}, or null. */
    Version at(String key, long ts) {
        Version found = null;
        for (Version v : versions.getOrDefault(key, List.of())) {
            if (v.ts() > ts) break;
            found = v;
        }
        return found;
    }

    /** A commit at or before {@code ts} still waiting: a snapshot at ts is not complete until it is applied. */
    boolean waitingAtOrBefore(long ts) {
        for (Commit c : waiting.values()) if (c.ts() <= ts) return true;
        return false;
    }

    Map<String, List<Version>> versions() { return versions; }

    /** Whether the lab has drawn this node's clock offset yet (once, at its first start). */
    boolean clockSet() { return clockSet; }

    void markClockSet() { clockSet = true; }
}
