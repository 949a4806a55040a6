package distlab.protocol.broadcast;

import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.sim.Simulation;
import distlab.sim.TraceText;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cluster pane of the broadcast protocols (README.md, the terminal UI): per node what it
 * delivered, in order, and what it holds back with the reason each waits; FIFO and causal
 * broadcast add the delivered-count vector, {@code apply=kv} the store. A last row says which
 * orders the deliveries so far keep; one the protocol promises is red when broken.
 */
final class BroadcastTable {
    /** The delivered column shows at most this many of the newest deliveries. */
    static final int WINDOW = 12;

    private final BroadcastModule module;

    BroadcastTable(BroadcastModule module) {
        this.module = module;
    }

    Table build() {
        boolean counts = module.kind() == BroadcastKind.FIFO || module.kind() == BroadcastKind.CAUSAL;
        List<String> headers = new ArrayList<>(List.of("node", "up", "delivered", "held back (why)"));
        if (counts) headers.add("got");
        if (module.appliesKv()) headers.add("kv");
        Table.Builder table = new Table.Builder(headers.toArray(new String[0]));
        Simulation sim = module.sim();
        for (NodeId node : sim.servers()) {
            BroadcastNode state = module.storage(node);
            List<Cell> row = new ArrayList<>(List.of(Cell.of(node.name(), Style.STRONG),
                    sim.isUp(node) ? Cell.of("up", Style.GOOD) : Cell.of("down", Style.BAD),
                    delivered(module.log().delivered(node)), held(state.layer().holdback(sim.servers()))));
            if (counts) row.add(Cell.of(TraceText.vector(module.log().got(node, sim.nodes().size()))));
            if (module.appliesKv()) row.add(Cell.of(BroadcastPaths.store(state.store())));
            table.row(row);
        }
        if (module.log().count() > 0) table.row(verdicts(headers.size()));
        return table.build();
    }

    private static Cell delivered(List<Broadcast> order) {
        if (order.isEmpty()) return Cell.of("-", Style.DIM);
        List<Span> spans = new ArrayList<>();
        int from = Math.max(0, order.size() - WINDOW);
        if (from > 0) spans.add(Span.styled("… ", Style.DIM));
        spans.add(Span.plain(order.subList(from, order.size()).stream().map(Broadcast::id).collect(Collectors.joining(" "))));
        return new Cell(spans);
    }

    private static Cell held(List<BroadcastLayer.Held> held) {
        if (held.isEmpty()) return Cell.of("-", Style.DIM);
        return Cell.of(held.stream().map(h -> h.broadcast() + " (" + h.reason() + ")").collect(Collectors.joining(", ")), Style.WARN);
    }

    /**
     * {@code orders | | fifo yes causal NO total NO | reliable: yes}: which orders the deliveries
     * so far keep, and whether every broadcast some up node delivered reached every up node.
     */
    private List<Cell> verdicts(int columns) {
        List<Span> spans = new ArrayList<>();
        List<String> promised = module.kind().promises();
        for (String order : List.of("fifo", "causal", "total")) {
            boolean kept = BroadcastPaths.violation(module.log(), order) == null;
            spans.add(Span.plain(spans.isEmpty() ? order + " " : " " + order + " "));
            spans.add(kept ? Span.styled("yes", Style.GOOD) : Span.styled("NO", promised.contains(order) ? Style.BAD : Style.WARN));
        }
        boolean reliable = module.log().unreliability(module.upNodes()) == null;
        Span verdict = reliable ? Span.styled("yes", Style.GOOD) : Span.styled("not yet", Style.DIM);
        List<Cell> row = new ArrayList<>(List.of(Cell.of("orders", Style.STRONG), Cell.of(""), new Cell(spans),
                new Cell(List.of(Span.plain("reliable: "), verdict))));
        while (row.size() < columns) row.add(Cell.of(""));
        return row;
    }
}
