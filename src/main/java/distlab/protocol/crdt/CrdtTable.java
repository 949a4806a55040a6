package distlab.protocol.crdt;

import distlab.protocol.Cell;
import distlab.protocol.Majority;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.protocol.broadcast.BroadcastLayer;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The cluster pane of a CRDT: one row per replica with its value and its internal state, so
 * a learner sees why merge gives what it gives. An up replica whose value differs from the one
 * most up replicas hold (on a tie, the first in node order) is marked "(differs)": the
 * replicas have not converged yet. A down replica's value, still on its disk, is dimmed.
 */
final class CrdtTable {
    private CrdtTable() {}

    /** {@code held} gives each replica's held-back operations with op-based replication, or is null. */
    static <S extends CrdtState<S>> Table build(Simulation sim, CrdtType<S> type, Function<NodeId, S> states,
                                                Function<NodeId, List<BroadcastLayer.Held>> held) {
        List<String> headers = new ArrayList<>(List.of("node", "up", "value"));
        headers.addAll(type.stateHeaders());
        if (held != null) headers.add("held back (why)");
        Table.Builder table = new Table.Builder(headers.toArray(new String[0]));
        List<NodeId> replicas = sim.servers();
        List<String> upValues = new ArrayList<>();
        for (NodeId node : replicas) if (sim.isUp(node)) upValues.add(type.value(states.apply(node)).show());
        String majority = Majority.of(upValues);
        for (NodeId node : replicas) {
            S state = states.apply(node);
            boolean up = sim.isUp(node);
            String value = type.value(state).show();
            boolean differs = up && !value.equals(majority);
            Cell valueCell = !up ? Cell.of(value, Style.DIM)
                    : differs ? new Cell(List.of(Span.styled(value, Style.WARN), Span.styled(" (differs)", Style.WARN)))
                    : Cell.of(value);
            List<Cell> row = new ArrayList<>(List.of(Cell.of(node.name(), Style.STRONG),
                    up ? Cell.of("up", Style.GOOD) : Cell.of("down", Style.BAD), valueCell));
            row.addAll(type.stateCells(state, replicas));
            if (held != null) row.add(heldCell(held.apply(node)));
            table.row(row);
        }
        return table.build();
    }

    private static Cell heldCell(List<BroadcastLayer.Held> held) {
        if (held.isEmpty()) return Cell.of("-", Style.DIM);
        return Cell.of(held.stream().map(h -> h.broadcast().withPayload("") + " (" + h.reason() + ")")
                .collect(java.util.stream.Collectors.joining(", ")), Style.WARN);
    }

    /** The value most up replicas hold; on a tie, the one met first in node order. */
}
