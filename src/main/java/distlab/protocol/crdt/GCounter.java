package distlab.protocol.crdt;

import distlab.sim.node.NodeId;
import java.util.SortedMap;

/**
 * Grow-only counter (lecture 7.3; Shapiro et al. spec. 6): one count per replica. A replica
 * increments only its own entry; the value is the sum of the entries; merge takes the
 * element-wise maximum, so merging the same state twice counts nothing twice.
 */
public final class GCounter implements CrdtState<GCounter> {
    public static final GCounter EMPTY = new GCounter(NodeCounts.NONE);

    private final SortedMap<NodeId, Long> counts;
    private final long value;

    private GCounter(SortedMap<NodeId, Long> counts) {
        this.counts = counts;
        long sum = 0;
        for (long c : counts.values()) sum = Math.addExact(sum, c);
        this.value = sum;
    }

    /** Replica {@code node} counts {@code amount} (at least 1) more. */
    public GCounter inc(NodeId node, long amount) {
        return new GCounter(NodeCounts.plus(counts, node, amount));
    }

    @Override
    public GCounter merge(GCounter other) {
        SortedMap<NodeId, Long> joined = NodeCounts.max(counts, other.counts);
        if (joined == counts) return this;
        return joined == other.counts ? other : new GCounter(joined);
    }

    /** The sum of every replica's count. */
    public long value() {
        return value;
    }

    /** How much replica {@code node} has counted, as far as this state knows. */
    public long count(NodeId node) {
        return NodeCounts.get(counts, node);
    }

    /** The non-zero counts, in node order (read-only). */
    public SortedMap<NodeId, Long> counts() {
        return counts;
    }

    @Override
    public int size() {
        return counts.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GCounter g && counts.equals(g.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    /** {@code {n1:1 n2:2}}. */
    @Override
    public String toString() {
        return "{" + (counts.isEmpty() ? "" : NodeCounts.sparse(counts)) + "}";
    }
}
