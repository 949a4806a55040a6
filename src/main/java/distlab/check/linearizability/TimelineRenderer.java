package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Draws a few operations as bars on one row per client, e.g. {@code p2  |--op7 read→1--|}.
 * Columns follow the order of call and return events, not real time: each event gets the next
 * free column, so the picture is as narrow as the labels allow. An open operation runs to the
 * right edge ({@code ...>}). If full labels do not fit the width, bars carry only the op name and
 * a legend follows; if even that does not fit, a plain list.
 */
final class TimelineRenderer {
    private static final int GAP = 2;

    private TimelineRenderer() {}

    static <I, O> List<String> render(List<Operation<I, O>> ops, Function<Operation<I, O>, String> describe,
            int width) {
        Map<String, List<Operation<I, O>>> rows = new LinkedHashMap<>();
        ops.stream().sorted((a, b) -> Long.compare(a.callPosition(), b.callPosition()))
                .forEach(op -> rows.computeIfAbsent(op.client(), c -> new ArrayList<>()).add(op));
        int labelWidth = rows.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        List<String> full = draw(ops, rows, op -> op.name() + " " + describe.apply(op), labelWidth);
        if (fits(full, width)) {
            return full;
        }
        List<String> lines = new ArrayList<>(draw(ops, rows, Operation::name, labelWidth));
        if (!fits(lines, width)) {
            lines.clear();
        }
        lines.add("");
        for (Operation<I, O> op : ops) {
            lines.add(String.format("  %-6s %-" + (labelWidth - 2) + "s %s", op.name(), op.client(), describe.apply(op)));
        }
        return lines;
    }

    private static boolean fits(List<String> lines, int width) {
        return lines.stream().allMatch(line -> line.codePointCount(0, line.length()) <= width);
    }

    private static <I, O> List<String> draw(List<Operation<I, O>> ops, Map<String, List<Operation<I, O>>> rows,
            Function<Operation<I, O>, String> label, int labelWidth) {
        // Ordinal columns: one per distinct event (position, call before return); open returns share the last.
        TreeSet<Event> events = new TreeSet<>();
        for (Operation<I, O> op : ops) {
            events.add(Event.call(op));
            events.add(Event.ret(op));
        }
        List<Event> ordered = new ArrayList<>(events);
        int[] x = new int[ordered.size()];
        for (int k = 0; k < ordered.size(); k++) {
            x[k] = k == 0 ? 0 : x[k - 1] + GAP;
            for (Operation<I, O> op : ops) {
                if (Event.ret(op).equals(ordered.get(k))) {
                    int from = x[ordered.indexOf(Event.call(op))];
                    x[k] = Math.max(x[k], from + barLength(label.apply(op)) - 1);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Operation<I, O>>> row : rows.entrySet()) {
            char[] line = new char[x[x.length - 1] + 3];
            Arrays.fill(line, ' ');
            int end = 0;
            for (Operation<I, O> op : row.getValue()) {
                int from = x[ordered.indexOf(Event.call(op))];
                int to = x[ordered.indexOf(Event.ret(op))];
                String bar = bar(label.apply(op), to - from + 1, op.isOpen());
                bar.getChars(0, bar.length(), line, from);
                end = Math.max(end, from + bar.length());
            }
            String name = String.format("%-" + labelWidth + "s", row.getKey());
            lines.add((name + new String(line, 0, end)).stripTrailing());
        }
        return lines;
    }

    /** A call or return event; at equal positions calls come first, as in the checker. */
    private record Event(long position, boolean isReturn) implements Comparable<Event> {
        static Event call(Operation<?, ?> op) {
            return new Event(op.callPosition(), false);
        }

        static Event ret(Operation<?, ?> op) {
            return new Event(op.returnPosition(), true);
        }

        @Override
        public int compareTo(Event other) {
            int byPosition = Long.compare(position, other.position);
            return byPosition != 0 ? byPosition : Boolean.compare(isReturn, other.isReturn);
        }
    }

    private static int barLength(String label) {
        return label.codePointCount(0, label.length()) + 6;
    }

    /** {@code |--label--|} stretched to {@code length} columns; an open op ends in {@code >}. */
    private static String bar(String label, int length, boolean open) {
        int dashes = Math.max(4, length - 2 - label.codePointCount(0, label.length()));
        int left = dashes / 2;
        String end = open ? ">" : "|";
        return "|" + "-".repeat(left) + label + "-".repeat(dashes - left) + end;
    }
}
