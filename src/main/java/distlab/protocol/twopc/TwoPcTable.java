package distlab.protocol.twopc;

import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.protocol.client.Op;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cluster pane for twopc: per node its role, where it stands on its latest transactions,
 * the locks it holds and its committed store. A prepared transaction is in doubt; once the
 * participant has asked for the outcome and still waits, it is marked BLOCKED, locks held.
 */
final class TwoPcTable {
    /** A row shows at most this many of the node's newest transactions. */
    private static final int MAX_SHOWN = 4;

    private final TwoPcModule module;
    private final TwoPcPaths paths;
    private final Simulation sim;

    TwoPcTable(TwoPcModule module) {
        this.module = module;
        this.paths = new TwoPcPaths(module);
        this.sim = module.sim();
    }

    Table build() {
        Table.Builder table = new Table.Builder("node", "up", "role", "transactions", "locks", "store");
        NodeId coordinator = sim.servers().isEmpty() ? null : TwoPcShared.coordinator(sim.servers());
        NodeId sequencer = !sim.servers().isEmpty() && module.shared().settings.ft() ? module.shared().sequencer(sim.servers()) : null;
        for (NodeId id : sim.nodes()) {
            Cell name = Cell.of(id.name(), Style.STRONG);
            Cell up = sim.isUp(id) ? Cell.of("up", Style.GOOD) : Cell.of("down", Style.BAD);
            if (sim.kind(id) == NodeKind.CLIENT) {
                table.row(name, up, Cell.of("client", Style.DIM), clientOps(id), Cell.of(""), Cell.of(""));
                continue;
            }
            String role = (id.equals(coordinator) ? "coordinator" : "participant") + (id.equals(sequencer) ? ", sequencer" : "");
            table.row(name, up, Cell.of(role), transactions(id, id.equals(coordinator)), locks(id), store(id));
        }
        return table.build();
    }

    private Cell transactions(NodeId node, boolean coordinator) {
        List<Integer> known = new ArrayList<>(paths.known(node));
        if (known.isEmpty()) return Cell.of("(none)", Style.DIM);
        List<Integer> shown = known.subList(Math.max(0, known.size() - MAX_SHOWN), known.size());
        List<Span> spans = new ArrayList<>();
        if (shown.size() < known.size()) spans.add(Span.plain("… "));
        for (int i = 0; i < shown.size(); i++) {
            if (i > 0) spans.add(Span.plain("  "));
            spans.add(entry(node, shown.get(i), coordinator));
        }
        return new Cell(spans);
    }

    private Span entry(NodeId node, int txn, boolean coordinator) {
        TxnState s = TwoPcPaths.state(module, node, txn);
        String head = "op" + txn + " ";
        if (s == TxnState.COMMITTED) return Span.styled(head + "committed", Style.GOOD);
        if (s == TxnState.ABORTED) return Span.styled(head + "aborted", Style.DIM);
        if (coordinator) {
            String progress = module.process(node) instanceof Coordinator c ? c.progress(txn) : null;
            return Span.styled(head + (progress != null ? progress : "undecided"), Style.WARN);
        }
        if (s == TxnState.PREPARED) {
            boolean blocked = module.process(node) instanceof Participant p && p.asked(txn);
            return blocked ? Span.styled(head + "prepared BLOCKED", Style.BAD) : Span.styled(head + "prepared", Style.WARN);
        }
        return Span.plain(head + "working");
    }

    private Cell locks(NodeId node) {
        Map<String, Integer> locks = paths.locks(node);
        if (locks.isEmpty()) return Cell.of("-", Style.DIM);
        List<String> parts = new ArrayList<>();
        locks.forEach((key, txn) -> parts.add(key + ":op" + txn));
        Set<Integer> blocked = paths.blocked();
        boolean stuck = locks.values().stream().anyMatch(blocked::contains);
        return Cell.of(String.join(" ", parts), stuck ? Style.WARN : Style.PLAIN);
    }

    private Cell store(NodeId node) {
        Map<String, String> kv = module.disk(node).participant.kv();
        if (kv.isEmpty()) return Cell.of("-", Style.DIM);
        List<String> parts = new ArrayList<>();
        kv.forEach((k, v) -> parts.add(k + "=" + v));
        return Cell.of(String.join(" ", parts));
    }

    /** A client's latest transaction and how it ended. */
    private Cell clientOps(NodeId client) {
        Op last = null;
        for (Op op : module.history().ops()) if (op.client().equals(client) && op.invoked()) last = op;
        if (last == null) return Cell.of("(idle)", Style.DIM);
        String head = last.name() + " " + last.describe() + ": ";
        return switch (last.status()) {
            case PENDING -> Cell.of(head + "pending", Style.WARN);
            case OK -> Cell.of(head + "committed", Style.GOOD);
            case FAILED -> Cell.of(head + "aborted", Style.DIM);
        };
    }
}
