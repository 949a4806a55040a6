package distlab.protocol.crdt;

import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Shared renderings of CRDT internals: vectors in node order, stamps, tags per element. */
final class StateViews {
    private StateViews() {}

    /**
     * Per-replica counts as a vector in node order, {@code [1,0,2]}, like the lecture's
     * G-counter pictures; {@code expect n1.counts == [1,0,2]} compares it.
     */
    static Value.Vector vector(SortedMap<NodeId, Long> counts, List<NodeId> replicas) {
        int[] out = new int[replicas.size()];
        for (int i = 0; i < out.length; i++) out[i] = (int) Math.min(Integer.MAX_VALUE, NodeCounts.get(counts, replicas.get(i)));
        return new Value.Vector(out);
    }

    static String vectorText(SortedMap<NodeId, Long> counts, List<NodeId> replicas) {
        return vector(counts, replicas).show();
    }

    /** {@code milk 1:n1} per entry of an element-to-stamp map. */
    static List<String> stampEntries(SortedMap<String, Stamp> stamps) {
        return stamps.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
    }

    /** {@code milk 1:n1 3:n1} per element of an element-to-tags map. */
    static List<String> tagEntries(SortedMap<String, SortedSet<Stamp>> tags) {
        return tags.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().stream().map(Stamp::toString).collect(Collectors.joining(" ")))
                .toList();
    }

    static Value list(List<String> items) {
        return new Value.ListOf(items.stream().map(Value::text).toList());
    }

    /** One cell of entries separated by two spaces; each entry styled by {@code style}. */
    static Cell cell(List<String> entries, Function<Integer, Style> style) {
        if (entries.isEmpty()) return Cell.of("-", Style.DIM);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) spans.add(Span.plain("  "));
            spans.add(Span.styled(entries.get(i), style.apply(i)));
        }
        return new Cell(spans);
    }

    static Cell cell(List<String> entries) {
        return cell(entries, i -> Style.PLAIN);
    }
}
