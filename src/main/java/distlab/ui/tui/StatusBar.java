package distlab.ui.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import distlab.sim.SimTime;

/** The bottom row: virtual time, seed, protocol, running or paused, speed, and the main keys. */
final class StatusBar {
    private static final String KEYS = "F1 help  Tab panes  F2 max  F5 run/pause  F10 step  ^C quit ";

    private StatusBar() {}

    static void draw(TextGraphics g, Palette palette, int row, int columns, TuiState st) {
        Snapshot s = st.snapshot;
        String left = " time " + SimTime.format(s.timeMicros()) + " │ seed " + s.seed() + " │ " + s.protocol()
                + (s.nodes() > 0 ? " (" + s.nodes() + " nodes)" : "") + " │ ";
        String state = st.running() ? (st.paused ? " ⏸ paused " : " ▶ running ") : " ready ";
        String after = " │ speed " + Speeds.format(st.speed)
                + (st.presenter != null ? " │ script " + Math.min(st.presenter.position() + 1, st.presenter.size()) + "/" + st.presenter.size() : "")
                + " ";
        palette.statusBar(g);
        g.putString(0, row, " ".repeat(columns));
        String text = left + state + after;
        g.putString(0, row, cut(left, columns));
        if (left.length() < columns) {
            if (st.running()) palette.statusAccent(g, st.paused);
            g.putString(left.length(), row, cut(state, columns - left.length()));
            palette.statusBar(g);
        }
        if (text.length() < columns) g.putString(left.length() + state.length(), row, cut(after, columns - left.length() - state.length()));
        if (text.length() + KEYS.length() < columns) g.putString(columns - KEYS.length(), row, KEYS);
        palette.reset(g);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width));
    }
}
