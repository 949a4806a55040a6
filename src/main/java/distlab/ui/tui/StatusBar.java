package distlab.ui.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import distlab.sim.SimTime;

/**
 * The bottom row: virtual time, seed, protocol, running or paused, speed, and as many of the
 * main keys as fit (each F-key with its plain alternative). While leaving is being asked
 * for, the whole row asks.
 */
final class StatusBar {
    /** The key hints, most useful first; the bar shows those that fit. */
    private static final String[] KEYS = {"F1/? help", "F7/^T try it", "F5/Space run", "Tab panes", "F10/. step", "F2/^O max", "^C quit"};

    private StatusBar() {}

    static void draw(TextGraphics g, Palette palette, int row, int columns, TuiState st) {
        palette.statusBar(g);
        g.putString(0, row, " ".repeat(columns));
        if (st.quitPrompt) {
            palette.statusAccent(g, true);
            g.putString(0, row, cut(" Leave the lab? y (or Ctrl-C again) leaves; any other key stays. Your commands are kept in the history. ", columns));
            palette.reset(g);
            return;
        }
        if (st.forkPrompt != null) {
            Travel t = st.snapshot.travel();
            int dropped = t.commands() - t.command();
            palette.statusAccent(g, true);
            g.putString(0, row, cut(" Run '" + st.forkPrompt + "' from here? y runs it and discards the old future (" + dropped
                    + (dropped == 1 ? " command" : " commands") + " after this moment); any other key keeps it. ", columns));
            palette.reset(g);
            return;
        }
        Snapshot s = st.snapshot;
        String left = " time " + SimTime.format(s.timeMicros()) + " │ seed " + s.seed() + " │ " + s.protocol()
                + (s.nodes() > 0 ? " (" + s.nodes() + " nodes)" : "") + " │ ";
        String state = st.running() ? (st.paused ? " ⏸ paused " : " ▶ running ") : " ready ";
        String after = timeline(st.snapshot.travel()) + " │ speed " + Speeds.format(st.speed)
                + (st.presenter != null ? " │ script " + Math.min(st.presenter.position() + 1, st.presenter.size()) + "/" + st.presenter.size() : "")
                + " ";
        String text = left + state + after;
        g.putString(0, row, cut(left, columns));
        if (left.length() < columns) {
            if (st.running()) palette.statusAccent(g, st.paused);
            g.putString(left.length(), row, cut(state, columns - left.length()));
            palette.statusBar(g);
        }
        if (text.length() < columns) g.putString(left.length() + state.length(), row, cut(after, columns - left.length() - state.length()));
        String keys = keys(columns - text.length() - 1);
        if (!keys.isEmpty()) g.putString(columns - keys.length(), row, keys);
        palette.reset(g);
    }

    /** {@code │ PAST e57/e120 ━━●──── [ ] { }}: where the view stands in the history, once there is one. */
    static String timeline(Travel t) {
        if (t.commands() == 0) return "";
        return " │ " + (t.past() ? "PAST " : "") + "e" + t.event() + "/e" + t.lastEvent() + " " + t.bar(12) + (t.past() ? " ] } forward" : " [ { back");
    }

    /** The first key hints that fit in {@code room} columns. */
    static String keys(int room) {
        StringBuilder b = new StringBuilder();
        for (String k : KEYS) {
            if (b.length() + k.length() + 2 > room) break;
            b.append(k).append("  ");
        }
        return b.length() == 0 ? "" : b.substring(0, b.length() - 1);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width));
    }
}
