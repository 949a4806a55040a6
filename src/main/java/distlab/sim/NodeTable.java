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

    /**
     * Adds the nodes (without starting them) and widens every vector clock to the new count.
     * Servers and clients have limits of their own.
     */
    List<SimNode> add(List<String> names, NodeKind kind, Protocol<?> protocol, Simulation sim, Limits limits) {
        if (kind == NodeKind.SERVER && serverIds.size() + names.size() > limits.maxNodes()) {
            throw new LabException("too many nodes: at most " + limits.maxNodes() + " (there are " + serverIds.size() + ")");
        }
        int clients = nodes.size() - serverIds.size();
        if (kind == NodeKind.CLIENT && clients + names.size() > limits.maxClients()) {
            throw new LabException("too many clients: at most " + limits.maxClients() + " (there are " + clients
                    + "; reuse one with --client c1)");
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
