package distlab.sim;

import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The nodes of a simulation, clients included, in node order (creation order, docs/language.md, names). */
final class NodeTable {
    private final List<SimNode> nodes = new ArrayList<>();
    private final Map<String, SimNode> byName = new HashMap<>();
    /** Immutable, replaced when nodes are added (rarely): callers may keep them, and snapshots share them. */
    private List<NodeId> ids = List.of();
    private List<NodeId> serverIds = List.of();

    int size() { return nodes.size(); }

    SimNode get(int index) { return nodes.get(index); }

    SimNode get(NodeId id) { return nodes.get(id.index()); }

    SimNode byName(String name) { return byName.get(name); }

    List<SimNode> all() { return nodes; }

    List<NodeId> ids() {
        return ids;
    }

    List<NodeId> serverIds() {
        return serverIds;
    }

    /** Adds the nodes (without starting them) and widens every vector clock to the new count. */
    List<SimNode> add(List<String> names, NodeKind kind, Protocol<?> protocol, Simulation sim, int maxNodes) {
        if (nodes.size() + names.size() > maxNodes) {
            throw new LabException("too many nodes: at most " + maxNodes + " (there are " + nodes.size() + ")");
        }
        for (String name : names) {
            if (byName.containsKey(name)) throw new LabException("a node named '" + name + "' already exists");
        }
        List<SimNode> created = new ArrayList<>();
        for (String name : names) {
            NodeId id = new NodeId(nodes.size(), name);
            SimNode node = SimNode.create(id, kind, protocol, sim, nodes.size() + names.size());
            nodes.add(node);
            byName.put(name, node);
            ids = append(ids, id);
            if (kind == NodeKind.SERVER) serverIds = append(serverIds, id);
            created.add(node);
        }
        for (SimNode n : nodes) n.widenVector(nodes.size());
        return created;
    }

    private static List<NodeId> append(List<NodeId> list, NodeId id) {
        List<NodeId> out = new ArrayList<>(list);
        out.add(id);
        return List.copyOf(out);
    }
}
