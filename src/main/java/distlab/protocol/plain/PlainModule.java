package distlab.protocol.plain;

import distlab.protocol.Cell;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.sim.Simulation;
import distlab.sim.TraceText;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;

/**
 * docs/commands.md, protocol "plain": nodes that only send, receive and do local events when told to. The
 * kernel keeps their Lamport and vector clocks, so this protocol has no state of its own.
 */
public final class PlainModule implements ProtocolModule {
    // An anonymous class, not a lambda: the first lambda costs start-up time (docs/architecture.md).
    private static final Process IDLE = new Process() {
        @Override public void onMessage(Context ctx, NodeId from, Object payload) {}
    };
    private static final Protocol<Void> NODES = new Protocol<>() {
        @Override public String name() { return "plain"; }
        @Override public Process newProcess(NodeId node, Void storage) { return IDLE; }
    };
    private Simulation sim;

    @Override public String name() { return "plain"; }

    @Override
    public Protocol<Void> servers() {
        return NODES;
    }

    @Override
    public void attach(Simulation simulation) {
        this.sim = simulation;
    }

    @Override
    public Table clusterTable() {
        Table.Builder table = new Table.Builder("node", "up", "lamport", "vector", "last event");
        for (NodeId id : sim.nodes()) {
            int last = sim.lastEntry(id);
            table.row(Cell.of(id.name(), Style.STRONG),
                    sim.isUp(id) ? Cell.of("up", Style.GOOD) : Cell.of("down", Style.BAD),
                    Cell.of(Integer.toString(sim.lamport(id))),
                    Cell.of(TraceText.vector(sim.vc(id))),
                    Cell.of(last < 0 ? "" : TraceText.eventId(sim.trace(), last) + " " + TraceText.describe(sim, last)));
        }
        return table.build();
    }
}
