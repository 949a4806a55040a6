package distlab.protocol.crdt;

import distlab.protocol.PathSpec;
import distlab.protocol.Cell;
import distlab.protocol.Style;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.List;

/** {@code spawn N lwwreg}: a last-writer-wins register; {@code set} only. */
public final class LwwRegisterType implements CrdtType<LwwRegister> {
    @Override public String name() { return "lwwreg"; }

    @Override public String summary() { return "last-writer-wins register: the write with the latest (Lamport, node) stamp wins"; }

    @Override public LwwRegister empty() { return LwwRegister.EMPTY; }

    @Override public Class<LwwRegister> stateClass() { return LwwRegister.class; }

    @Override public List<String> usages() { return List.of("set NODE VALUE"); }

    @Override public boolean accepts(Update update) { return update instanceof Update.Assign; }

    @Override
    public LwwRegister apply(LwwRegister state, NodeId node, Update update, Stamp stamp) {
        return state.set(((Update.Assign) update).value(), stamp);
    }

    /** The value, or {@code none} if never written. */
    @Override public Value value(LwwRegister state) { return Value.text(state.value().orElse(null)); }

    @Override public List<String> stateHeaders() { return List.of("timestamp"); }

    @Override
    public List<Cell> stateCells(LwwRegister state, List<NodeId> replicas) {
        return List.of(state.stamp().map(s -> Cell.of(s.toString())).orElse(Cell.of("-", Style.DIM)));
    }

    @Override public List<PathSpec> paths() { return List.of(PathSpec.server("ts", "the stamp (Lamport clock:node) of the value, or none")); }

    /** {@code ts}: the winning write's stamp, {@code 3:n1}, or none. */
    @Override
    public Value field(LwwRegister state, String field, List<NodeId> replicas) {
        return field.equals("ts") ? Value.text(state.stamp().map(Stamp::toString).orElse(null)) : null;
    }
}
