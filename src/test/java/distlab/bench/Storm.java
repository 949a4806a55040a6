package distlab.bench;

import distlab.sim.Limits;
import distlab.sim.Simulation;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.ArrayList;
import java.util.List;

/** A message storm: every node forwards each message it receives to a random other node. */
final class Storm {
    private static final String PAYLOAD = "storm";

    private Storm() {}

    private static final class Forwarder implements Process {
        @Override
        public void onMessage(Context ctx, NodeId from, Object payload) {
            List<NodeId> servers = ctx.servers();
            NodeId to = servers.get(ctx.rng().nextInt(servers.size()));
            if (to.equals(ctx.self())) to = from;
            ctx.send(to, payload);
        }
    }

    private static final Protocol FORWARDERS = new Protocol() {
        @Override public String name() { return "storm"; }
        @Override public Process newProcess(NodeId node, Object storage) { return new Forwarder(); }
    };

    /** A simulation of {@code nodes} forwarders with {@code messagesPerNode} messages each in flight. */
    static Simulation start(int nodes, int messagesPerNode, int maxTraceEntries) {
        Simulation sim = new Simulation(1, Limits.withTrace(maxTraceEntries));
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= nodes; i++) names.add("n" + i);
        List<NodeId> ids = sim.spawn(names, NodeKind.SERVER, FORWARDERS);
        for (int k = 0; k < messagesPerNode; k++) {
            for (int i = 0; i < nodes; i++) sim.send(ids.get(i), ids.get((i + 1) % nodes), PAYLOAD);
        }
        return sim;
    }
}
