package distlab.protocol.crdt;

import distlab.sim.node.NodeId;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a G-counter and a version vector have in common: one count per replica, merged by
 * taking the element-wise maximum (lecture 7.3). Zero counts are left out, so equal
 * vectors have equal maps. Static helpers over immutable sorted maps, in node order.
 */
final class NodeCounts {
    private NodeCounts() {}

    static final SortedMap<NodeId, Long> NONE = Collections.unmodifiableSortedMap(new TreeMap<>());

    /** A copy with {@code node}'s count raised by {@code amount} (at least 1). */
    static SortedMap<NodeId, Long> plus(SortedMap<NodeId, Long> counts, NodeId node, long amount) {
        if (amount < 1) throw new IllegalArgumentException("a count only grows: amount " + amount);
        TreeMap<NodeId, Long> out = new TreeMap<>(counts);
        out.merge(node, amount, Math::addExact);
        return Collections.unmodifiableSortedMap(out);
    }

    /** Element-wise maximum: the join of two vectors. Returns {@code a} itself when b adds nothing. */
    static SortedMap<NodeId, Long> max(SortedMap<NodeId, Long> a, SortedMap<NodeId, Long> b) {
        if (b.isEmpty() || a == b) return a;
        if (a.isEmpty()) return b;
        TreeMap<NodeId, Long> out = null;
        for (Map.Entry<NodeId, Long> e : b.entrySet()) {
            Long mine = a.get(e.getKey());
            if (mine == null || e.getValue() > mine) {
                if (out == null) out = new TreeMap<>(a);
                out.put(e.getKey(), e.getValue());
            }
        }
        return out == null ? a : Collections.unmodifiableSortedMap(out);
    }

    /** Every entry of {@code a} is at most the one of {@code b}: a happened before or equals b. */
    static boolean atMost(SortedMap<NodeId, Long> a, SortedMap<NodeId, Long> b) {
        for (Map.Entry<NodeId, Long> e : a.entrySet()) {
            if (e.getValue() > b.getOrDefault(e.getKey(), 0L)) return false;
        }
        return true;
    }

    static long get(SortedMap<NodeId, Long> counts, NodeId node) {
        return counts.getOrDefault(node, 0L);
    }

    /** {@code n1:1 n3:2}, or {@code -} when every count is zero. */
    static String sparse(SortedMap<NodeId, Long> counts) {
        if (counts.isEmpty()) return "-";
        return counts.entrySet().stream().map(e -> e.getKey().name() + ":" + e.getValue()).collect(Collectors.joining(" "));
    }
}
