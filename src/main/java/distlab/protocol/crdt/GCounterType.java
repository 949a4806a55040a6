package distlab.protocol.crdt;

import distlab.protocol.PathSpec;
import distlab.protocol.Cell;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.List;

/** {@code spawn N gcounter}: a grow-only counter; {@code inc} only. */
public final class GCounterType implements CrdtType<GCounter> {
    static final String NAME = "gcounter";
    static final String SUMMARY = "grow-only counter: one count per replica, merged by element-wise maximum";

    @Override public String name() { return NAME; }

    @Override public String summary() { return SUMMARY; }

    @Override public GCounter empty() { return GCounter.EMPTY; }

    @Override public Class<GCounter> stateClass() { return GCounter.class; }

    @Override public List<String> usages() { return List.of("inc NODE [AMOUNT]"); }

    @Override public boolean accepts(Update update) { return update instanceof Update.Inc; }

    @Override
    public GCounter apply(GCounter state, NodeId node, Update update, Stamp stamp) {
        long amount = ((Update.Inc) update).amount();
        CounterLimits.check(state, node, amount, "increment");
        // Lecture 7.3: replica i increments only its own entry.
        return state.inc(node, amount);
    }

    /** Op-based: add the amount to the source's entry (not idempotent: each op must arrive once). */
    @Override
    public GCounter effect(GCounter state, CrdtOp op) {
        return state.inc(op.origin(), ((Update.Inc) op.update()).amount());
    }

    @Override public Value value(GCounter state) { return Value.of(state.value()); }

    @Override public List<String> stateHeaders() { return List.of("counts"); }

    @Override
    public List<Cell> stateCells(GCounter state, List<NodeId> replicas) {
        return List.of(Cell.of(StateViews.vectorText(state.counts(), replicas)));
    }

    @Override public List<PathSpec> paths() { return List.of(PathSpec.server("counts", "the count of each replica, in node order")); }

    @Override
    public Value field(GCounter state, String field, List<NodeId> replicas) {
        return field.equals("counts") ? StateViews.vector(state.counts(), replicas) : null;
    }
}
