package distlab.view;

import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.net.MessageTable;
import distlab.sim.node.NodeId;
import distlab.sim.trace.EntryKind;
import distlab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The space-time diagram: one column per node, time flowing down, one row per event.
 * A send draws a dashed line toward its destination ({@code ●╌m1╌╌▷}); the receive draws
 * the message arriving from its sender's column ({@code ├──m1──▶●}); a lost message ends
 * in {@code ✕}. A local event is {@code ○}; a broadcast layer's delivery to its application is
 * {@code ◆}, apart from the receive that brought the message (lecture 4.2). A protocol's message is labelled with its kind ({@code VoteRequest}), a
 * learner's own with its id. Each row ends with a note: the event id, and the message's
 * description for a protocol's message, or the Lamport and vector stamps for the
 * learner's own. Crashed nodes' lines are dotted until they restart; a role change
 * (▲ leader, △ candidate, ▽ back to follower) gets a row of its own.
 *
 * <p>Drawing costs only the rows shown, never the whole trace (the TUI draws every frame),
 * and a diagram holds at most about {@link #MAX_CHARS} characters: {@code diagram all} on a
 * trace of millions of events shows its latest rows and says how many it left out.
 */
public final class SpaceTimeDiagram {
    private static final int MIN_COLUMN = 5;
    private static final int MAX_COLUMN = 12;
    /** The most characters one diagram may take (about 16 MB of text). */
    public static final long MAX_CHARS = 8_000_000;

    private final DiagramIndex index;
    private final Simulation sim;
    private final int[] columnOf;
    private final int columns;

    private SpaceTimeDiagram(DiagramIndex index) {
        this.index = index;
        this.sim = index.sim();
        int n = sim.nodes().size();
        this.columnOf = new int[n];
        int c = 0;
        for (int i = 0; i < n; i++) columnOf[i] = index.visible(i) ? c++ : -1;
        this.columns = c;
    }

    /** The last {@code lastRows} rows (all if ≤ 0), fitted to {@code width} columns where possible: the diagram command. */
    public static List<String> render(Simulation sim, int lastRows, int width) {
        if (sim.nodes().isEmpty()) return List.of("no nodes yet: spawn 3");
        DiagramIndex index = new DiagramIndex(sim, DiagramFilter.NONE, null).update();
        SpaceTimeDiagram diagram = new SpaceTimeDiagram(index);
        int skip = lastRows > 0 ? Math.max(0, index.size() - lastRows) : 0;
        int first = diagram.firstRowWithin(skip, MAX_CHARS);
        List<String> out = new ArrayList<>();
        if (first > skip) {
            out.add("(" + first + " earlier rows not shown: one diagram shows at most " + (index.size() - first) + " rows of "
                    + sim.nodes().size() + " nodes)");
        } else if (skip > 0) {
            out.add("(" + skip + " earlier rows not shown: diagram all)");
        }
        out.addAll(diagram.lines(first, index.size() - first, width));
        return out;
    }

    /** The first row from which the newest rows, down to {@code from}, fit in {@code maxChars} characters. */
    private int firstRowWithin(int from, long maxChars) {
        long chars = 0;
        for (int i = index.size() - 1; i >= from; i--) {
            chars += 16 + (long) columns * MAX_COLUMN + note(index.row(i)).length();
            if (chars > maxChars) return i + 1;
        }
        return from;
    }

    /**
     * A page of the diagram for a pane: {@code rows} rows from row {@code top} (-1: the newest
     * rows, following the diagram as it grows), with the rows whose text contains
     * {@code search} (ignoring case; "" for none) marked.
     */
    public static DiagramPage page(DiagramIndex index, int top, int rows, int width, String search) {
        Simulation sim = index.sim();
        if (sim.nodes().isEmpty()) return new DiagramPage(List.of("no nodes yet: spawn 3"), 0, 0, true, List.of());
        index.update();
        int total = index.size();
        int last = Math.max(0, total - rows);
        boolean following = top < 0;
        int first = top < 0 ? last : Math.min(top, last);
        SpaceTimeDiagram d = new SpaceTimeDiagram(index);
        if (d.columns == 0) return new DiagramPage(List.of("the filter hides every node: filter off"), first, total, following, List.of());
        List<String> lines = d.lines(first, Math.min(rows, total - first), width);
        List<Integer> matches = new ArrayList<>();
        if (!search.isEmpty()) {
            for (int i = first; i < first + rows && i < total; i++) if (d.matches(i, search)) matches.add(i - first + 1);
        }
        return new DiagramPage(lines, first, total, following, matches);
    }

    /**
     * The nearest row before ({@code older}) or after {@code from} whose text contains
     * {@code search}, ignoring case; -1 if there is none.
     */
    public static int find(DiagramIndex index, String search, int from, boolean older) {
        index.update();
        SpaceTimeDiagram d = new SpaceTimeDiagram(index);
        int step = older ? -1 : 1;
        from = Math.max(-1, Math.min(from, index.size()));
        for (int i = from + step; i >= 0 && i < index.size(); i += step) if (d.matches(i, search)) return i;
        return -1;
    }

    private boolean matches(int row, String search) {
        int r = index.row(row);
        String node = sim.node(r >= 0 ? sim.trace().node(r) : index.roleChange(r).node()).name();
        String text = node + " " + note(r);
        return text.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
    }

    /** The header and {@code count} rows from row {@code first}. */
    private List<String> lines(int first, int count, int width) {
        Trace trace = sim.trace();
        List<String> notes = new ArrayList<>(count);
        int gutter = 4;
        for (int i = first; i < first + count; i++) {
            int r = index.row(i);
            notes.add(note(r));
            gutter = Math.max(gutter, SimTime.format(time(r)).length());
        }
        gutter += 2;
        int noteWidth = notes.stream().mapToInt(String::length).max().orElse(0);
        int column = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, (width - gutter - noteWidth - 2) / Math.max(1, columns)));
        boolean[] down = index.downBefore(count == 0 ? trace.size() : firstEntryAtOrAfter(first));
        List<String> out = new ArrayList<>();
        out.add(header(gutter, column));
        if (count == 0) out.add(new String(grid(gutter, column, down)).stripTrailing() + "  (no events yet)");
        long lastTime = -1;
        for (int i = 0; i < count; i++) {
            int r = index.row(first + i);
            long t = time(r);
            String time = t == lastTime ? "" : SimTime.format(t);
            lastTime = t;
            char[] grid = grid(gutter, column, down);
            System.arraycopy(time.toCharArray(), 0, grid, 0, time.length());
            if (r >= 0) {
                draw(grid, r, gutter, column);
                if (trace.kind(r) == EntryKind.CRASH) down[trace.node(r)] = true;
                if (trace.kind(r) == EntryKind.RESTART) down[trace.node(r)] = false;
            } else {
                RoleLog.Change c = index.roleChange(r);
                grid[center(c.node(), gutter, column)] = roleGlyph(c.role());
            }
            out.add((new String(grid) + "  " + notes.get(i)).stripTrailing());
        }
        return out;
    }

    /** The first trace entry shown at or after row {@code row} (role rows carry the entry they follow). */
    private int firstEntryAtOrAfter(int row) {
        int r = index.row(row);
        return r >= 0 ? r : index.roleChange(r).afterEntry() + 1;
    }

    private long time(int row) {
        if (row >= 0) return sim.trace().time(row);
        int after = index.roleChange(row).afterEntry();
        return after < 0 ? 0 : sim.trace().time(after);
    }

    private String header(int gutter, int column) {
        char[] line = new char[gutter + columns * column];
        Arrays.fill(line, ' ');
        "time".getChars(0, 4, line, 0);
        for (int n = 0; n < columnOf.length; n++) {
            if (columnOf[n] < 0) continue;
            String name = sim.node(n).name();
            if (name.length() > column - 1) name = name.substring(0, column - 1);
            int start = center(n, gutter, column) - (name.length() - 1) / 2;
            name.getChars(0, name.length(), line, Math.max(gutter, start));
        }
        return new String(line).stripTrailing();
    }

    private char[] grid(int gutter, int column, boolean[] down) {
        char[] row = new char[gutter + columns * column];
        Arrays.fill(row, ' ');
        for (int n = 0; n < columnOf.length; n++) {
            if (columnOf[n] >= 0) row[center(n, gutter, column)] = n < down.length && down[n] ? '┆' : '│';
        }
        return row;
    }

    private int center(int node, int gutter, int column) {
        return gutter + columnOf[node] * column + column / 2;
    }

    private void draw(char[] row, int e, int gutter, int column) {
        Trace trace = sim.trace();
        MessageTable messages = sim.messages();
        int at = center(trace.node(e), gutter, column);
        int m = trace.message(e);
        Object payload = m > 0 ? messages.payload(m) : null;
        switch (trace.kind(e)) {
            case SEND -> {
                row[at] = '●';
                if (columnOf[messages.to(m)] >= 0) line(row, at, center(messages.to(m), gutter, column), '╌', payload, m, false);
            }
            case RECEIVE -> {
                row[at] = '●';
                if (columnOf[messages.from(m)] >= 0) {
                    int from = center(messages.from(m), gutter, column);
                    row[from] = from < at ? '├' : '┤';
                    line(row, from, at, '─', payload, m, true);
                }
            }
            case DROP -> {
                if (columnOf[messages.from(m)] >= 0) {
                    int from = center(messages.from(m), gutter, column);
                    line(row, from, at, '╌', payload, m, false);
                    row[at + (at > from ? -1 : 1)] = '✕';
                } else {
                    row[at] = '✕';
                }
            }
            case LOCAL -> row[at] = '○';
            case DELIVER -> row[at] = '◆';
            case CRASH -> row[at] = '✖';
            case RESTART -> row[at] = '↻';
            default -> { }
        }
    }

    /** Draws a horizontal message line from column {@code a} toward column {@code b}, with its label. */
    private static void line(char[] row, int a, int b, char fill, Object payload, int m, boolean solid) {
        int step = b > a ? 1 : -1;
        for (int x = a + step; x != b; x += step) row[x] = fill;
        row[b - step] = solid ? (step > 0 ? '▶' : '◀') : (step > 0 ? '▷' : '◁');
        int span = Math.abs(b - a) - 2;
        String label = MessageLabels.arrow(payload, m, span);
        if (!label.isEmpty()) {
            int start = Math.min(a, b) + 1 + (span - label.length()) / 2 + (step > 0 ? 0 : 1);
            label.getChars(0, label.length(), row, start);
        }
    }

    private static char roleGlyph(String role) {
        return switch (role) {
            case "leader" -> '▲';
            case "candidate" -> '△';
            default -> '▽';
        };
    }

    /** The note at the end of a row. */
    private String note(int row) {
        if (row < 0) {
            RoleLog.Change c = index.roleChange(row);
            return sim.node(c.node()) + " became " + c.role() + (c.term().isEmpty() ? "" : " (term " + c.term() + ")");
        }
        Trace trace = sim.trace();
        MessageTable messages = sim.messages();
        NodeId node = sim.node(trace.node(row));
        int m = trace.message(row);
        Object payload = m > 0 ? messages.payload(m) : null;
        return switch (trace.kind(row)) {
            case SEND, RECEIVE, LOCAL, DELIVER -> "e" + trace.eventNumber(row) + " " + trace.kind(row).word() + (m > 0 ? " m" + m : "")
                    + (trace.kind(row) == EntryKind.DELIVER ? " " + trace.label(row) : "")
                    + hiddenPeer(row, m) + (MessageLabels.hasKind(payload) ? " " + MessageLabels.description(payload)
                            : " L=" + trace.lamport(row) + " " + new distlab.sim.Value.Vector(trace.vc(row, sim.nodes().size())).show());
            case DROP -> "m" + m + " lost (" + trace.label(row) + ")"
                    + (MessageLabels.hasKind(payload) ? " " + MessageLabels.description(payload) : "");
            case CRASH -> node + " crashed";
            case RESTART -> node + " restarted";
            default -> "";
        };
    }

    /** {@code  to c1} or {@code  from c1} when the other end of the message has no column. */
    private String hiddenPeer(int row, int m) {
        if (m <= 0) return "";
        Trace trace = sim.trace();
        MessageTable messages = sim.messages();
        boolean send = trace.kind(row) == EntryKind.SEND;
        int peer = send ? messages.to(m) : messages.from(m);
        return columnOf[peer] >= 0 ? "" : (send ? " to " : " from ") + sim.node(peer);
    }
}
