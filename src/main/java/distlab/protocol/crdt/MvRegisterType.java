package distlab.protocol.crdt;

import distlab.protocol.PathSpec;
import distlab.protocol.Cell;
import distlab.protocol.Style;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.List;

/**
 * {@code spawn N mvreg}: a multi-value register; {@code set} only. Its value is always the
 * set of concurrent values: {@code {red}} after one write, {@code {blue,red}} after two
 * concurrent ones, and none before any (docs/commands.md, protocols: an unset register is none).
 */
public final class MvRegisterType implements CrdtType<MvRegister> {
    static final String NAME = "mvreg";
    static final String SUMMARY = "multi-value register: concurrent writes are kept side by side as siblings";

    @Override public String name() { return NAME; }

    @Override public String summary() { return SUMMARY; }

    @Override public MvRegister empty() { return MvRegister.EMPTY; }

    @Override public Class<MvRegister> stateClass() { return MvRegister.class; }

    @Override public List<String> usages() { return List.of("set NODE VALUE"); }

    @Override public boolean accepts(Update update) { return update instanceof Update.Assign; }

    @Override
    public MvRegister apply(MvRegister state, NodeId node, Update update, Stamp stamp) {
        return state.set(node, ((Update.Assign) update).value());
    }

    /** Op-based: the write with the version vector it got at its source, which has seen every sibling there. */
    @Override
    public CrdtOp prepare(MvRegister state, NodeId node, Update update, Stamp stamp) {
        MvRegister.Sibling written = state.set(node, ((Update.Assign) update).value()).siblings().get(0);
        return new CrdtOp(node, update, stamp, written, "set " + written);
    }

    /** Op-based: the write replaces the siblings it has seen and joins those concurrent with it. */
    @Override
    public MvRegister effect(MvRegister state, CrdtOp op) {
        return state.merge(MvRegister.of((MvRegister.Sibling) op.context()));
    }

    /** docs/commands.md, protocols: a register's value is none while unset; an MV register's is then the set of concurrent values. */
    @Override public Value value(MvRegister state) {
        return state.values().isEmpty() ? Value.NONE : new Value.SetOf(state.values());
    }

    @Override public List<String> stateHeaders() { return List.of("siblings (value, version vector)"); }

    @Override
    public List<Cell> stateCells(MvRegister state, List<NodeId> replicas) {
        List<String> siblings = siblings(state, replicas);
        return List.of(StateViews.cell(siblings, i -> siblings.size() > 1 ? Style.WARN : Style.PLAIN));
    }

    private static List<String> siblings(MvRegister state, List<NodeId> replicas) {
        return state.siblings().stream()
                .map(s -> s.value() + " " + StateViews.vectorText(s.version().counts(), replicas))
                .toList();
    }

    @Override
    public List<PathSpec> paths() {
        return List.of(PathSpec.server("siblings", "each concurrent value with its version vector"),
                PathSpec.server("version.VALUE", "the version vector of VALUE, or none"));
    }

    /**
     * {@code siblings}: {@code [blue [0,1], red [1,0]]}, each value with its version vector;
     * {@code version.red}: red's version vector, {@code [1,0]}, or none (if two concurrent
     * writes wrote the same value, the first sibling's).
     */
    @Override
    public Value field(MvRegister state, String field, List<NodeId> replicas) {
        if (field.equals("siblings")) return StateViews.list(siblings(state, replicas));
        if (!field.startsWith("version.")) return null;
        String value = field.substring("version.".length());
        return state.siblings().stream().filter(s -> s.value().equals(value)).findFirst()
                .<Value>map(s -> StateViews.vector(s.version().counts(), replicas)).orElse(Value.NONE);
    }
}
