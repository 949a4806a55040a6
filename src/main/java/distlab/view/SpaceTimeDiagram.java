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

/**
 * The space-time diagram: one column per node, time flowing down, one row per event.
 * A send draws a dashed line toward its destination ({@code ●╌m1╌╌▷}); the receive draws
 * the message arriving from its sender's column ({@code ├──m1──▶●}); a lost message ends
 * in {@code ✕}. Each row ends with the event id and its Lamport and vector stamps.
 * Crashed nodes' lines are dotted until they restart.
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

    private final Simulation sim;
    private final int width;
    private final int nodes;

    private SpaceTimeDiagram(Simulation sim, int width) {
        this.sim = sim;
        this.width = width;
        this.nodes = sim.nodes().size();
    }

    /** The last {@code lastRows} rows (all if ≤ 0), fitted to {@code width} columns where possible. */
    public static List<String> render(Simulation sim, int lastRows, int width) {
        if (sim.nodes().isEmpty()) return List.of("no nodes yet: spawn 3");
        return new SpaceTimeDiagram(sim, width).render(lastRows);
    }

    private List<String> render(int lastRows) {
        Trace trace = sim.trace();
        int totalRows = trace.size() - trace.count(EntryKind.TIMER);
        int wanted = lastRows > 0 ? Math.min(lastRows, totalRows) : totalRows;
        // Walk back from the end: the rows to show, and whether each node was down before each.
        boolean[] down = new boolean[nodes];
        for (int n = 0; n < nodes; n++) down[n] = !sim.isUp(sim.node(n));
        List<Integer> shown = new ArrayList<>();
        List<boolean[]> downBefore = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long chars = 0;
        boolean capped = false;
        for (int e = trace.size() - 1; e >= 0 && shown.size() < wanted; e--) {
            EntryKind kind = trace.kind(e);
            if (kind == EntryKind.TIMER) continue;
            if (kind == EntryKind.CRASH) down[trace.node(e)] = false;
            if (kind == EntryKind.RESTART) down[trace.node(e)] = true;
            String note = annotation(e);
            chars += 16 + (long) nodes * MAX_COLUMN + note.length();
            if (chars > MAX_CHARS) {
                capped = true;
                break;
            }
            shown.add(e);
            downBefore.add(down.clone());
            notes.add(note);
        }
        java.util.Collections.reverse(shown);
        java.util.Collections.reverse(downBefore);
        java.util.Collections.reverse(notes);
        int skip = totalRows - shown.size();
        int gutter = Math.max(4, shown.stream().mapToInt(e -> SimTime.format(trace.time(e)).length()).max().orElse(0)) + 2;
        int noteWidth = notes.stream().mapToInt(String::length).max().orElse(0);
        int column = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, (width - gutter - noteWidth - 2) / nodes));

        List<String> out = new ArrayList<>();
        if (skip > 0 && capped) {
            out.add("(" + skip + " earlier rows not shown: one diagram shows at most " + shown.size() + " rows of " + nodes + " nodes)");
        } else if (skip > 0) {
            out.add("(" + skip + " earlier rows not shown: diagram all)");
        }
        out.add(header(gutter, column));
        if (shown.isEmpty()) out.add(blankRow(gutter, column, down) + "  (no events yet)");
        long lastTime = -1;
        for (int i = 0; i < shown.size(); i++) {
            int e = shown.get(i);
            String time = trace.time(e) == lastTime ? "" : SimTime.format(trace.time(e));
            lastTime = trace.time(e);
            char[] grid = grid(gutter, column, downBefore.get(i));
            System.arraycopy(time.toCharArray(), 0, grid, 0, time.length());
            draw(grid, e, gutter, column);
            out.add((new String(grid) + "  " + notes.get(i)).stripTrailing());
        }
        return out;
    }

    private String header(int gutter, int column) {
        char[] line = new char[gutter + nodes * column];
        Arrays.fill(line, ' ');
        "time".getChars(0, 4, line, 0);
        for (int n = 0; n < nodes; n++) {
            String name = sim.node(n).name();
            if (name.length() > column - 1) name = name.substring(0, column - 1);
            int start = center(n, gutter, column) - (name.length() - 1) / 2;
            name.getChars(0, name.length(), line, Math.max(gutter, start));
        }
        return new String(line).stripTrailing();
    }

    private String blankRow(int gutter, int column, boolean[] down) {
        return new String(grid(gutter, column, down)).stripTrailing();
    }

    private char[] grid(int gutter, int column, boolean[] down) {
        char[] row = new char[gutter + nodes * column];
        Arrays.fill(row, ' ');
        for (int n = 0; n < nodes; n++) row[center(n, gutter, column)] = down[n] ? '┆' : '│';
        return row;
    }

    private static int center(int node, int gutter, int column) {
        return gutter + node * column + column / 2;
    }

    private void draw(char[] row, int e, int gutter, int column) {
        Trace trace = sim.trace();
        MessageTable messages = sim.messages();
        int at = center(trace.node(e), gutter, column);
        int m = trace.message(e);
        switch (trace.kind(e)) {
            case SEND -> {
                row[at] = '●';
                line(row, at, center(messages.to(m), gutter, column), '╌', m, false);
            }
            case RECEIVE -> {
                row[at] = '●';
                int from = center(messages.from(m), gutter, column);
                row[from] = from < at ? '├' : '┤';
                line(row, from, at, '─', m, true);
            }
            case DROP -> line(row, center(messages.from(m), gutter, column), at, '╌', m, false);
            case LOCAL -> row[at] = '○';
            case CRASH -> row[at] = '✖';
            case RESTART -> row[at] = '↻';
            default -> { }
        }
        if (trace.kind(e) == EntryKind.DROP) row[at + (at > center(messages.from(m), gutter, column) ? -1 : 1)] = '✕';
    }

    /** Draws a horizontal message line from column {@code a} toward column {@code b}, with its label. */
    private static void line(char[] row, int a, int b, char fill, int m, boolean solid) {
        int step = b > a ? 1 : -1;
        for (int x = a + step; x != b; x += step) row[x] = fill;
        row[b - step] = solid ? (step > 0 ? '▶' : '◀') : (step > 0 ? '▷' : '◁');
        String label = "m" + m;
        int span = Math.abs(b - a) - 2;
        if (label.length() <= span) {
            int start = Math.min(a, b) + 1 + (span - label.length()) / 2 + (step > 0 ? 0 : 1);
            label.getChars(0, label.length(), row, start);
        }
    }

    private String annotation(int e) {
        Trace trace = sim.trace();
        NodeId node = sim.node(trace.node(e));
        int m = trace.message(e);
        return switch (trace.kind(e)) {
            case SEND, RECEIVE, LOCAL -> "e" + trace.eventNumber(e) + " " + trace.kind(e).word() + (m > 0 ? " m" + m : "")
                    + " L=" + trace.lamport(e) + " " + new distlab.sim.Value.Vector(trace.vc(e, nodes)).show();
            case DROP -> "m" + m + " lost (" + trace.label(e) + ")";
            case CRASH -> node + " crashed";
            case RESTART -> node + " restarted";
            default -> "";
        };
    }
}
