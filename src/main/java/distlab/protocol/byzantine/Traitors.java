package distlab.protocol.byzantine;

import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Which generals are traitors, and how each one lies. Chosen by the user before the order. */
final class Traitors {
    private final Map<NodeId, Strategy> strategies = new TreeMap<>();

    /** The node's strategy, or null when it is loyal. */
    Strategy of(NodeId node) {
        return strategies.get(node);
    }

    void set(NodeId node, Strategy strategy) {
        if (strategy == null) strategies.remove(node);
        else strategies.put(node, strategy);
    }

    boolean isTraitor(NodeId node) {
        return strategies.containsKey(node);
    }

    List<NodeId> all() {
        return new ArrayList<>(strategies.keySet());
    }
}
