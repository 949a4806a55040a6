package distlab.protocol.quorum;

import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.protocol.client.History;
import distlab.protocol.client.KvRequest;
import distlab.protocol.client.Op;
import distlab.sim.Simulation;
import distlab.sim.node.Protocol;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cluster pane for quorum: a row per replica with its key=value@timestamp entries, and a row
 * per client with its current (or last) op, status and value; a stale read is marked.
 */
final class QuorumView {
    /** A replica row lists at most this many keys. */
    private static final int MAX_KEYS_SHOWN = 8;

    private final Simulation sim;
    private final History history;
    private final StaleReads stale;
    private final Protocol<ReplicaStore> replicas;

    QuorumView(Simulation sim, History history, StaleReads stale, Protocol<ReplicaStore> replicas) {
        this.sim = sim;
        this.history = history;
        this.stale = stale;
        this.replicas = replicas;
    }

    Table table() {
        Table.Builder table = new Table.Builder("node", "up", "store / op", "status");
        for (NodeId id : sim.nodes()) {
            Cell up = sim.isUp(id) ? Cell.of("up", Style.GOOD) : Cell.of("down", Style.BAD);
            if (sim.kind(id) == NodeKind.SERVER) {
                table.row(Cell.of(id.name(), Style.STRONG), up, storeCell(sim.storage(id, replicas)), Cell.of(""));
            } else {
                clientRow(table, id, up);
            }
        }
        return table.build();
    }

    private static Cell storeCell(ReplicaStore store) {
        if (store.entries().isEmpty()) return Cell.of("(empty)", Style.DIM);
        List<Span> spans = new ArrayList<>();
        int shown = 0;
        for (Map.Entry<String, Versioned> e : store.entries().entrySet()) {
            if (shown == MAX_KEYS_SHOWN) {
                spans.add(Span.styled(" +" + (store.entries().size() - shown) + " more", Style.DIM));
                break;
            }
            if (shown++ > 0) spans.add(Span.plain(" "));
            spans.add(Span.plain(e.getKey() + "=" + e.getValue().value()));
            spans.add(Span.styled("@" + e.getValue().ts(), Style.DIM));
        }
        return new Cell(spans);
    }

    private void clientRow(Table.Builder table, NodeId client, Cell up) {
        Op last = null;
        int waiting = 0;
        for (Op op : history.ops()) {
            if (!op.client().equals(client)) continue;
            if (op.invoked()) last = op;
            else if (op.status() == Op.Status.PENDING) waiting++;
        }
        Cell name = Cell.of(client.name(), Style.STRONG);
        if (last == null) {
            table.row(name, up, Cell.of(waiting > 0 ? "(" + waiting + " waiting)" : "(idle)", Style.DIM), Cell.of(""));
            return;
        }
        List<Span> opSpans = new ArrayList<>();
        opSpans.add(Span.plain(last.name() + " " + last.describe()));
        if (waiting > 0) opSpans.add(Span.styled(" (+" + waiting + " waiting)", Style.DIM));
        table.row(name, up, new Cell(opSpans), statusCell(client, last));
    }

    private Cell statusCell(NodeId client, Op op) {
        switch (op.status()) {
            case PENDING: {
                String progress = sim.isUp(client) && sim.process(client) instanceof QuorumClient qc ? qc.progress() : null;
                return Cell.of("pending" + (progress == null ? "" : " (" + progress + ")"), Style.WARN);
            }
            case FAILED:
                return Cell.of("failed" + (op.error() == null ? "" : " (" + op.error() + ")"), Style.BAD);
            default:
                if (!(op.request() instanceof KvRequest.Get)) return Cell.of("ok", Style.GOOD);
                List<Span> spans = new ArrayList<>();
                spans.add(Span.styled("ok", Style.GOOD));
                spans.add(Span.plain(", read " + op.value()));
                if (stale.isStale(op)) spans.add(Span.styled(" (stale)", Style.WARN));
                return new Cell(spans);
        }
    }
}
