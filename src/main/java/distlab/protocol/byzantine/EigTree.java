package distlab.protocol.byzantine;

import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one lieutenant received in OM(m), by path: {@code [n1]} is the commander's own order,
 * {@code [n1, n3]} what n3 said the commander said, and so on down to paths of m + 1 generals
 * (the exponential information gathering tree, which is OM(m)'s recursion unrolled).
 */
final class EigTree {
    private final Map<List<NodeId>, Order> received = new LinkedHashMap<>();

    boolean has(List<NodeId> path) {
        return received.containsKey(path);
    }

    void put(List<NodeId> path, Order value) {
        received.putIfAbsent(List.copyOf(path), value);
    }

    /** The value received along the path, or null. */
    Order get(List<NodeId> path) {
        return received.get(path);
    }

    /**
     * OM(m) as Lamport, Shostak and Pease define it, for lieutenant {@code self}: at the deepest
     * level (a path of m + 1 generals) the value received, or RETREAT if none came; above it,
     * the majority of the value received along the path and of the value each further general j
     * (not on the path, not self) passed on, itself resolved by OM one level down.
     */
    Order resolve(List<NodeId> path, NodeId self, List<NodeId> generals, int m) {
        Order direct = received.getOrDefault(path, Order.RETREAT);
        if (path.size() >= m + 1) return direct;
        List<Order> values = new ArrayList<>();
        values.add(direct);
        for (NodeId j : generals) {
            if (j.equals(self) || path.contains(j)) continue;
            values.add(resolve(extend(path, j), self, generals, m));
        }
        return Order.majority(values);
    }

    static List<NodeId> extend(List<NodeId> path, NodeId next) {
        List<NodeId> out = new ArrayList<>(path);
        out.add(next);
        return out;
    }
}
