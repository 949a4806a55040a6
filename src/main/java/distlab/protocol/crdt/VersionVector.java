package distlab.protocol.crdt;

import distlab.sim.node.NodeId;
import java.util.SortedMap;

/**
 * A version vector: how many writes of each replica a version has seen (lecture 4.1's vector
 * clocks, counting only writes). {@code a <= b} entry by entry means b has seen a; when
 * neither is {@code <=} the other, the versions are concurrent.
 */
public final class VersionVector {
    public static final VersionVector EMPTY = new VersionVector(NodeCounts.NONE);

    private final SortedMap<NodeId, Long> counts;

    private VersionVector(SortedMap<NodeId, Long> counts) {
        this.counts = counts;
    }

    /** This vector with {@code node}'s entry one higher: the vector of a new write at node. */
    public VersionVector increment(NodeId node) {
        return new VersionVector(NodeCounts.plus(counts, node, 1));
    }

    public VersionVector merge(VersionVector other) {
        SortedMap<NodeId, Long> joined = NodeCounts.max(counts, other.counts);
        return joined == counts ? this : joined == other.counts ? other : new VersionVector(joined);
    }

    /** This version has seen everything {@code other} has, and more: other happened before it. */
    public boolean dominates(VersionVector other) {
        return !counts.equals(other.counts) && NodeCounts.atMost(other.counts, counts);
    }

    public long get(NodeId node) {
        return NodeCounts.get(counts, node);
    }

    /** The non-zero entries, in node order (read-only). */
    public SortedMap<NodeId, Long> counts() {
        return counts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionVector v && counts.equals(v.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    /** {@code {n1:1 n2:1}}. */
    @Override
    public String toString() {
        return "{" + (counts.isEmpty() ? "" : NodeCounts.sparse(counts)) + "}";
    }
}
