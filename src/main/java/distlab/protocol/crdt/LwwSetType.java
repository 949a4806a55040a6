package distlab.protocol.crdt;

import distlab.protocol.PathSpec;
import distlab.protocol.Cell;
import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.protocol.Style;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.List;

/**
 * {@code spawn N lwwset}: a last-writer-wins element set; {@code add} and {@code remove}.
 * {@code config bias=node|add|remove} chooses how an add and a remove are compared (see
 * {@link Bias}); it is a rule for reading the state, so it applies to every replica at once.
 */
public final class LwwSetType implements CrdtType<LwwSet> {
    static final Setting<Bias> BIAS = Setting.choice("bias",
            "add vs remove: node (later (clock, node) stamp wins), add or remove (clocks only; that one wins ties)",
            Bias.NODE, Bias::word);

    private Settings values = new Settings(List.of(BIAS));

    static final String NAME = "lwwset";
    static final String SUMMARY = "last-writer-wins set: an element is in when its latest add is later than its latest remove";

    @Override public String name() { return NAME; }

    @Override public String summary() { return SUMMARY; }

    @Override public LwwSet empty() { return LwwSet.EMPTY; }

    @Override public Class<LwwSet> stateClass() { return LwwSet.class; }

    @Override public List<String> usages() { return List.of("add NODE ELEM", "remove NODE ELEM"); }

    @Override public boolean accepts(Update update) { return update instanceof Update.Add || update instanceof Update.Remove; }

    public Bias bias() { return values.get(BIAS); }

    @Override
    public LwwSet apply(LwwSet state, NodeId node, Update update, Stamp stamp) {
        if (update instanceof Update.Add add) return state.add(add.element(), stamp);
        return state.remove(((Update.Remove) update).element(), stamp);
    }

    @Override
    public String note(LwwSet before, LwwSet after, Update update, NodeId node) {
        if (update instanceof Update.Remove r && !before.contains(r.element(), bias())) {
            return r.element() + " was not in " + node + "'s set; the remove is kept all the same (stamp "
                    + after.removes().get(r.element()) + ") and beats any earlier add that arrives later";
        }
        return null;
    }

    /** Op-based: the add or remove with its stamp, {@code remove milk 4:n2}. */
    @Override
    public CrdtOp prepare(LwwSet state, NodeId node, Update update, Stamp stamp) {
        return new CrdtOp(node, update, stamp, null, update.label() + " " + stamp);
    }

    /** Op-based: record the add or remove stamp, keeping the later one per element. */
    @Override
    public LwwSet effect(LwwSet state, CrdtOp op) {
        if (op.update() instanceof Update.Add add) return state.add(add.element(), op.stamp());
        return state.remove(((Update.Remove) op.update()).element(), op.stamp());
    }

    @Override public Value value(LwwSet state) { return new Value.SetOf(state.elements(bias())); }

    @Override public List<String> stateHeaders() { return List.of("adds (latest)", "removes (latest)"); }

    /** Adds that lost to a later remove, and removes that lost to a later add, are dimmed. */
    @Override
    public List<Cell> stateCells(LwwSet state, List<NodeId> replicas) {
        List<String> addKeys = List.copyOf(state.adds().keySet());
        List<String> removeKeys = List.copyOf(state.removes().keySet());
        return List.of(
                StateViews.cell(StateViews.stampEntries(state.adds()),
                        i -> state.contains(addKeys.get(i), bias()) ? Style.PLAIN : Style.DIM),
                StateViews.cell(StateViews.stampEntries(state.removes()),
                        i -> state.contains(removeKeys.get(i), bias()) ? Style.DIM : Style.PLAIN));
    }

    @Override
    public List<PathSpec> paths() {
        return List.of(PathSpec.server("adds", "each element's latest add stamp"), PathSpec.server("removes", "each element's latest remove stamp"),
                PathSpec.server("adds.ELEM", "ELEM's latest add stamp, or none"), PathSpec.server("removes.ELEM", "ELEM's latest remove stamp, or none"));
    }

    /** {@code adds}, {@code removes}: lists of {@code milk 1:n1}; {@code adds.milk}: one stamp or none. */
    @Override
    public Value field(LwwSet state, String field, List<NodeId> replicas) {
        if (field.equals("adds")) return StateViews.list(StateViews.stampEntries(state.adds()));
        if (field.equals("removes")) return StateViews.list(StateViews.stampEntries(state.removes()));
        if (field.startsWith("adds.")) return stamp(state.adds().get(field.substring(5)));
        if (field.startsWith("removes.")) return stamp(state.removes().get(field.substring(8)));
        return null;
    }

    private static Value stamp(Stamp s) {
        return Value.text(s == null ? null : s.toString());
    }

    @Override public List<Setting<?>> settings() { return List.of(BIAS); }

    @Override public void bind(Settings settings) { values = settings; }
}
