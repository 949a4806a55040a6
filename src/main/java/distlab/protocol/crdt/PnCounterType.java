package distlab.protocol.crdt;

import distlab.protocol.PathSpec;
import distlab.protocol.Cell;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.List;

/** {@code spawn N pncounter}: a counter that goes up and down; {@code inc} and {@code dec}. */
public final class PnCounterType implements CrdtType<PnCounter> {
    static final String NAME = "pncounter";
    static final String SUMMARY = "up-down counter: a G-counter P of increments and one N of decrements";

    @Override public String name() { return NAME; }

    @Override public String summary() { return SUMMARY; }

    @Override public PnCounter empty() { return PnCounter.EMPTY; }

    @Override public Class<PnCounter> stateClass() { return PnCounter.class; }

    @Override public List<String> usages() { return List.of("inc NODE [AMOUNT]", "dec NODE [AMOUNT]"); }

    @Override public boolean accepts(Update update) { return update instanceof Update.Inc || update instanceof Update.Dec; }

    @Override
    public PnCounter apply(PnCounter state, NodeId node, Update update, Stamp stamp) {
        if (update instanceof Update.Inc inc) {
            CounterLimits.check(state.increments(), node, inc.amount(), "increment");
            return state.inc(node, inc.amount());
        }
        long amount = ((Update.Dec) update).amount();
        CounterLimits.check(state.decrements(), node, amount, "decrement");
        return state.dec(node, amount);
    }

    /** Op-based: add the amount to the source's P or N entry. */
    @Override
    public PnCounter effect(PnCounter state, CrdtOp op) {
        if (op.update() instanceof Update.Inc inc) return state.inc(op.origin(), inc.amount());
        return state.dec(op.origin(), ((Update.Dec) op.update()).amount());
    }

    @Override public Value value(PnCounter state) { return Value.of(state.value()); }

    @Override public List<String> stateHeaders() { return List.of("P (incs)", "N (decs)"); }

    @Override
    public List<Cell> stateCells(PnCounter state, List<NodeId> replicas) {
        return List.of(Cell.of(StateViews.vectorText(state.increments().counts(), replicas)),
                Cell.of(StateViews.vectorText(state.decrements().counts(), replicas)));
    }

    @Override public List<PathSpec> paths() { return List.of(PathSpec.server("p", "increments per replica"), PathSpec.server("n", "decrements per replica")); }

    @Override
    public Value field(PnCounter state, String field, List<NodeId> replicas) {
        return switch (field) {
            case "p" -> StateViews.vector(state.increments().counts(), replicas);
            case "n" -> StateViews.vector(state.decrements().counts(), replicas);
            default -> null;
        };
    }
}
