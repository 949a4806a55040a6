package distlab.protocol.crdt;

import distlab.protocol.Cell;
import distlab.protocol.PathSpec;
import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.protocol.Style;
import distlab.protocol.TimestampSource;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.List;

/**
 * {@code spawn N lwwreg}: a last-writer-wins register; {@code set} only. {@code config
 * timestamps=physical} stamps each write with the writer's physical clock reading, as systems
 * that use wall-clock timestamps do (lecture 3.1).
 */
public final class LwwRegisterType implements CrdtType<LwwRegister> {
    static final Setting<TimestampSource> TIMESTAMPS = TimestampSource.setting(
            "logical: (Lamport clock, node) stamps; physical: the writing node's clock reading, so a node whose clock is behind loses");
    private Settings values;

    static final String NAME = "lwwreg";
    static final String SUMMARY = "last-writer-wins register: the write with the latest (Lamport, node) stamp wins, or (clock reading, node) with timestamps=physical";

    @Override public String name() { return NAME; }

    @Override public String summary() { return SUMMARY; }

    @Override public LwwRegister empty() { return LwwRegister.EMPTY; }

    @Override public Class<LwwRegister> stateClass() { return LwwRegister.class; }

    @Override public List<String> usages() { return List.of("set NODE VALUE"); }

    @Override public boolean accepts(Update update) { return update instanceof Update.Assign; }

    @Override public List<Setting<?>> settings() { return List.of(TIMESTAMPS); }

    @Override public void bind(Settings settings) { values = settings; }

    @Override
    public Stamp stamp(Stamp logical, long reading) {
        return values.get(TIMESTAMPS) == TimestampSource.PHYSICAL ? Stamp.physical(reading, logical.node()) : logical;
    }

    @Override
    public LwwRegister apply(LwwRegister state, NodeId node, Update update, Stamp stamp) {
        return state.set(((Update.Assign) update).value(), stamp);
    }

    /** Op-based: the write with its stamp, {@code set red 3:n1}. */
    @Override
    public CrdtOp prepare(LwwRegister state, NodeId node, Update update, Stamp stamp) {
        return new CrdtOp(node, update, stamp, null, update.label() + " " + stamp);
    }

    /** Op-based: keep the write if its stamp is later, as merge does. */
    @Override
    public LwwRegister effect(LwwRegister state, CrdtOp op) {
        return state.set(((Update.Assign) op.update()).value(), op.stamp());
    }

    /** The value, or {@code none} if never written. */
    @Override public Value value(LwwRegister state) { return Value.text(state.value().orElse(null)); }

    @Override public List<String> stateHeaders() { return List.of("timestamp"); }

    @Override
    public List<Cell> stateCells(LwwRegister state, List<NodeId> replicas) {
        return List.of(state.stamp().map(s -> Cell.of(s.toString())).orElse(Cell.of("-", Style.DIM)));
    }

    @Override public List<PathSpec> paths() { return List.of(PathSpec.server("ts", "the stamp (Lamport clock:node, or clock reading:node with timestamps=physical) of the value, or none")); }

    /** {@code ts}: the winning write's stamp, {@code 3:n1}, or none. */
    @Override
    public Value field(LwwRegister state, String field, List<NodeId> replicas) {
        return field.equals("ts") ? Value.text(state.stamp().map(Stamp::toString).orElse(null)) : null;
    }
}
