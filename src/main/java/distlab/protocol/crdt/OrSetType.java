package distlab.protocol.crdt;

import distlab.protocol.PathSpec;
import distlab.protocol.Cell;
import distlab.protocol.Style;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code spawn N orset}: an observed-remove set; {@code add} and {@code remove}. Each add's
 * tag is the (Lamport clock, node) stamp of its local event, unique in the whole run.
 */
public final class OrSetType implements CrdtType<OrSet> {
    static final String NAME = "orset";
    static final String SUMMARY = "observed-remove set: a remove only removes the adds it has seen, so a concurrent add wins";

    @Override public String name() { return NAME; }

    @Override public String summary() { return SUMMARY; }

    @Override public OrSet empty() { return OrSet.EMPTY; }

    @Override public Class<OrSet> stateClass() { return OrSet.class; }

    @Override public List<String> usages() { return List.of("add NODE ELEM", "remove NODE ELEM"); }

    @Override public boolean accepts(Update update) { return update instanceof Update.Add || update instanceof Update.Remove; }

    @Override
    public OrSet apply(OrSet state, NodeId node, Update update, Stamp stamp) {
        if (update instanceof Update.Add add) return state.add(add.element(), stamp);
        return state.remove(((Update.Remove) update).element());
    }

    /**
     * Op-based (Shapiro et al. 2011, op-based OR-set): an add carries its tag; a remove carries
     * the tags its source observed. No tombstones are needed, because causal delivery applies a
     * remove only after the adds it observed.
     */
    @Override
    public CrdtOp prepare(OrSet state, NodeId node, Update update, Stamp stamp) {
        if (update instanceof Update.Add add) return new CrdtOp(node, update, stamp, null, "add " + add.element() + " " + stamp);
        String element = ((Update.Remove) update).element();
        SortedSet<Stamp> tags = Collections.unmodifiableSortedSet(new TreeSet<>(state.tags().getOrDefault(element, Collections.emptySortedSet())));
        return new CrdtOp(node, update, stamp, tags, "remove " + element + " "
                + tags.stream().map(Stamp::toString).collect(Collectors.joining(" ", "{", "}")));
    }

    @Override
    @SuppressWarnings("unchecked")
    public OrSet effect(OrSet state, CrdtOp op) {
        if (op.update() instanceof Update.Add add) return state.add(add.element(), op.stamp());
        return state.drop(((Update.Remove) op.update()).element(), (SortedSet<Stamp>) op.context());
    }

    /** A remove delivered before an add whose tag it removes: the element will come back when the add arrives. */
    @Override
    @SuppressWarnings("unchecked")
    public String outOfOrder(List<CrdtOp> before, CrdtOp op) {
        if (!(op.update() instanceof Update.Remove remove)) return null;
        for (Stamp tag : (SortedSet<Stamp>) op.context()) {
            boolean added = before.stream().anyMatch(b -> b.update() instanceof Update.Add && tag.equals(b.stamp()));
            if (!added) return "remove " + remove.element() + " came before the add " + tag + " it removes";
        }
        return null;
    }

    @Override
    public String note(OrSet before, OrSet after, Update update, NodeId node) {
        if (update instanceof Update.Remove r) {
            SortedSet<Stamp> seen = before.tags().get(r.element());
            if (seen == null) {
                return node + " has observed no add of " + r.element() + ": nothing to remove (an OR-set remove only removes the adds it has seen)";
            }
            String tags = seen.stream().map(Stamp::toString).collect(Collectors.joining(" "));
            if (!after.tombstones().containsKey(r.element())) {
                return "removed the tags " + node + " has observed: " + tags + " (op-based: the remove carries them; no tombstones)";
            }
            return "tombstoned the tags " + node + " has observed: " + tags;
        }
        return null;
    }

    @Override public Value value(OrSet state) { return new Value.SetOf(state.elements()); }

    @Override public List<String> stateHeaders() { return List.of("tags", "tombstones"); }

    @Override
    public List<Cell> stateCells(OrSet state, List<NodeId> replicas) {
        return List.of(StateViews.cell(StateViews.tagEntries(state.tags())),
                StateViews.cell(StateViews.tagEntries(state.tombstones()), i -> Style.DIM));
    }

    @Override
    public List<PathSpec> paths() {
        return List.of(PathSpec.server("tags", "each element's add tags"), PathSpec.server("tombstones", "each element's removed tags"),
                PathSpec.server("tags.ELEM", "ELEM's add tags"), PathSpec.server("tombstones.ELEM", "ELEM's removed tags"));
    }

    /** {@code tags}, {@code tombstones}: lists of {@code milk 1:n1 3:n1}; {@code tags.milk}: one element's tags. */
    @Override
    public Value field(OrSet state, String field, List<NodeId> replicas) {
        if (field.equals("tags")) return StateViews.list(StateViews.tagEntries(state.tags()));
        if (field.equals("tombstones")) return StateViews.list(StateViews.tagEntries(state.tombstones()));
        if (field.startsWith("tags.")) return stamps(state.tags().get(field.substring(5)));
        if (field.startsWith("tombstones.")) return stamps(state.tombstones().get(field.substring(11)));
        return null;
    }

    private static Value stamps(SortedSet<Stamp> stamps) {
        return StateViews.list(stamps == null ? List.of() : stamps.stream().map(Stamp::toString).toList());
    }
}
