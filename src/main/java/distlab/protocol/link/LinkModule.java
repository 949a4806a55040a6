package distlab.protocol.link;

import distlab.protocol.Cell;
import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.List;

/**
 * docs/commands.md, protocol "link": the kernel's {@code send} goes through a link layer
 * (lecture 2.3) with retransmission, deduplication and optional stable storage. A fair-loss
 * link with both on becomes a reliable one; {@code cluster.nodup} and {@code cluster.reliable}
 * say whether it was.
 */
public final class LinkModule implements ProtocolModule {
    static final List<PathSpec> PATHS = List.of(
            PathSpec.server("delivered", "the payloads its application received, in order, duplicates included"),
            PathSpec.server("dedup", "how many frames its dedup record remembers"),
            PathSpec.server("unacked", "how many of its frames wait for an acknowledgement"),
            PathSpec.cluster("reliable", "every message sent so far reached its receiver's application"),
            PathSpec.cluster("nodup", "no message reached an application twice (across crashes too)"),
            PathSpec.cluster("duplicates", "how many deliveries repeated a message already delivered"),
            PathSpec.cluster("sent", "how many application messages were sent"));

    private final LinkSettings settings = new LinkSettings();
    private final LinkLedger ledger = new LinkLedger();
    private Simulation sim;

    private final Protocol<LinkStore> nodes = new Protocol<>() {
        @Override public String name() { return "link"; }
        @Override public LinkStore newStorage(NodeId node) { return new LinkStore(); }
        @Override public Process newProcess(NodeId node, LinkStore storage) { return new LinkProcess(storage, settings, ledger); }
    };

    @Override public String name() { return "link"; }
    @Override public void attach(Simulation simulation) { sim = simulation; }
    @Override public Protocol<LinkStore> servers() { return nodes; }
    @Override public Settings settings() { return settings.values(); }
    @Override public List<PathSpec> paths() { return PATHS; }

    @Override
    public List<Property> properties() {
        return List.of(new Property("nodup", "no message reached an application twice: deduplication on a state that survives crashes (lecture 2.3)"));
    }

    /** The application's send: the payload goes to FROM's link layer, which frames it. */
    @Override
    public int applicationSend(Simulation simulation, NodeId from, NodeId to, String payload, long sizeBytes) {
        int[] message = new int[1];
        simulation.runAt(from, ctx -> message[0] = ((LinkProcess) simulation.process(from)).send(ctx, to, payload, sizeBytes));
        return message[0];
    }

    /** The node's link state: its process's, or, while it is down, what a restart would start from. */
    private LinkState state(NodeId node) {
        return sim.process(node) instanceof LinkProcess p ? p.state() : sim.storage(node, nodes).persisted();
    }

    @Override
    public Value nodeValue(NodeId node, String field) {
        LinkState s = state(node);
        return switch (field) {
            case "delivered" -> new Value.ListOf(s.delivered().stream().map(p -> Value.text("\"" + p + "\"")).toList());
            case "dedup" -> Value.of(s.seenCount());
            case "unacked" -> Value.of(s.unackedCount());
            default -> null;
        };
    }

    @Override
    public Value clusterValue(String field) {
        return switch (field) {
            case "reliable" -> Value.of(ledger.allDelivered());
            case "nodup" -> Value.of(ledger.duplicates() == 0);
            case "duplicates" -> Value.of(ledger.duplicates());
            case "sent" -> Value.of(ledger.sentCount());
            default -> null;
        };
    }

    @Override
    public Table clusterTable() {
        Table.Builder table = new Table.Builder("node", "up", "delivered", "dedup record", "unacked");
        for (NodeId id : sim.nodes()) {
            LinkState s = state(id);
            List<String> delivered = s.delivered();
            String shown = delivered.size() <= 8 ? String.join(" ", delivered)
                    : "… " + String.join(" ", delivered.subList(delivered.size() - 8, delivered.size()));
            table.row(Cell.of(id.name(), Style.STRONG), sim.isUp(id) ? Cell.of("up", Style.GOOD) : Cell.of("down", Style.BAD),
                    delivered.isEmpty() ? Cell.of("(nothing)", Style.DIM) : Cell.of(shown),
                    Cell.of(s.seenCount() + " seen"), Cell.of(Integer.toString(s.unackedCount())));
        }
        return table.build();
    }
}
