package distlab.sim;

import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Protocol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The nodes of a simulation, clients included, in node order (creation order, SPEC §3). */
final class NodeTable {
    private final List<SimNode> nodes = new ArrayList<>();
    private final Map<String, SimNode> byName = new HashMap<>();
    private final List<NodeId> ids = new ArrayList<>();
    private final List<NodeId> serverIds = new ArrayList<>();
    private final List<NodeId> idView = Collections.unmodifiableList(ids);
    private final List<NodeId> serverView = Collections.unmodifiableList(serverIds);

    int size() { return nodes.size(); }

    SimNode get(int index) { return nodes.get(index); }

    SimNode get(NodeId id) { return nodes.get(id.index()); }

    SimNode byName(String name) { return byName.get(name); }

    List<SimNode> all() { return nodes; }

    List<NodeId> ids() { return idView; }

    List<NodeId> serverIds() { return serverView; }

    /**
     * Adds the nodes (without starting them) and widens every vector clock to the new count.
     * Servers and clients have limits of their own.
     */
    List<SimNode> add(List<String> names, NodeKind kind, Protocol protocol, Simulation sim, Limits limits) {
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
            SimNode node = new SimNode(id, kind, protocol, sim, nodes.size() + names.size());
            nodes.add(node);
            byName.put(name, node);
            ids.add(id);
            if (kind == NodeKind.SERVER) serverIds.add(id);
            created.add(node);
        }
        for (SimNode n : nodes) n.widenVector(nodes.size());
        return created;
    }
}
