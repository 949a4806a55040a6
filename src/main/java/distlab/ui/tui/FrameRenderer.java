package distlab.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.view.markdown.StyledLine;
import java.util.List;

/** Draws one frame: the panes of the layout, the status bar, and the help screen over them. */
final class FrameRenderer {
    static final String PROMPT = "lab> ";

    private final Palette palette;

    FrameRenderer(Palette palette) {
        this.palette = palette;
    }

    void draw(Screen screen, TuiState st) {
        TerminalSize size = screen.getTerminalSize();
        TextGraphics g = screen.newTextGraphics();
        palette.reset(g);
        g.fill(' ');
        Layout layout = Layout.of(size.getColumns(), size.getRows(), st.focus, st.maximised, clusterRows(st));
        st.layout = layout;
        TerminalPosition cursor = null;
        for (var entry : layout.panes().entrySet()) {
            Pane pane = entry.getKey();
            Rect r = entry.getValue();
            frame(g, r, title(pane, st), pane == st.focus, scrollMark(pane, st));
            TextGraphics inner = g.newTextGraphics(new TerminalPosition(r.innerX(), r.innerY()),
                    new TerminalSize(Math.max(1, r.innerWidth()), Math.max(1, r.innerHeight())));
            if (r.innerWidth() <= 0 || r.innerHeight() <= 0) continue;
            if (pane == Pane.CONSOLE) cursor = console(inner, r, st);
            else lines(inner, content(pane, r, st), r.innerHeight());
        }
        StatusBar.draw(g, palette, layout.statusRow(), size.getColumns(), st);
        if (st.helpOpen) {
            help(g, size, st);
            cursor = null;
        }
        screen.setCursorPosition(cursor);
    }

    private static int clusterRows(TuiState st) {
        return st.snapshot.cluster() == null ? 2 : st.snapshot.cluster().rows().size() + 1;
    }

    private String title(Pane pane, TuiState st) {
        Snapshot s = st.snapshot;
        return switch (pane) {
            case LECTURE -> st.presenter != null ? "Presenter"
                    : s.lectureId().isEmpty() ? "Lecture" : "Lecture " + s.lectureId() + " " + s.lectureTitle();
            case CLUSTER -> s.cluster() == null ? "Cluster" : "Cluster: " + s.protocol() + ", " + s.nodes() + " nodes";
            case DIAGRAM -> "Space-time diagram";
            case CONSOLE -> st.running() ? "Console (running: Esc stops, F5 pauses)" : "Console";
        };
    }

    private static String scrollMark(Pane pane, TuiState st) {
        int s = pane == Pane.CONSOLE ? st.console.scrollUp() : st.scroll(pane);
        if (s == 0) return "";
        return pane == Pane.CONSOLE || pane == Pane.DIAGRAM ? "↑" + s : "↓" + s;
    }

    /** The lines of a pane other than the console, from its scroll position on. */
    private List<StyledLine> content(Pane pane, Rect r, TuiState st) {
        int rows = r.innerHeight();
        if (pane == Pane.DIAGRAM) {
            // The engine renders the rows asked for (scroll-back included); the top is the oldest wanted.
            return DiagramStyler.style(st.snapshot.diagram());
        }
        if (pane == Pane.LECTURE && st.presenter != null) {
            Presenter.View v = st.presenter.view();
            // Keep the pointer in view, a third of the way down.
            int from = Math.max(0, Math.min(v.pointer() - rows / 3, v.lines().size() - rows));
            return v.lines().subList(from, v.lines().size());
        }
        List<StyledLine> all;
        if (pane == Pane.LECTURE) {
            all = st.lecture(r.innerWidth() - 1);
            if (all.isEmpty()) all = List.of(plain("(the course could not be read)", Style.DIM));
        } else {
            all = st.snapshot.cluster() == null
                    ? List.of(plain("no nodes yet: type spawn 3 (or spawn 5 raft) to begin", Style.DIM))
                    : ClusterView.render(st.snapshot.cluster(), r.innerWidth());
        }
        int from = Math.max(0, Math.min(st.scroll(pane), all.size() - rows));
        st.scroll.put(pane, from);
        return all.subList(from, all.size());
    }

    private TerminalPosition console(TextGraphics g, Rect r, TuiState st) {
        int outputRows = r.innerHeight() - 1;
        if (outputRows > 0) lines(g, st.console.visible(r.innerWidth(), outputRows), outputRows);
        String text = st.editor.text();
        int width = r.innerWidth();
        int cursor = PROMPT.length() + st.editor.cursor();
        int shift = Math.max(0, cursor - width + 1);
        String shown = (PROMPT + text).substring(Math.min(shift, PROMPT.length() + text.length()));
        int row = r.innerHeight() - 1;
        palette.apply(g, Style.STRONG, -1);
        g.putString(0, row, shown.length() > width ? shown.substring(0, width) : shown);
        if (shift == 0) {
            palette.apply(g, Style.GOOD, -1);
            g.putString(0, row, PROMPT);
        }
        return new TerminalPosition(r.innerX() + cursor - shift, r.innerY() + row);
    }

    private void lines(TextGraphics g, List<StyledLine> lines, int rows) {
        for (int y = 0; y < rows && y < lines.size(); y++) line(g, 0, y, lines.get(y), g.getSize().getColumns());
    }

    /** Draws one styled line from column x, cut at {@code width}. */
    void line(TextGraphics g, int x, int y, StyledLine line, int width) {
        int col = x;
        for (Span s : line.spans()) {
            if (col >= width) break;
            String text = s.text();
            if (text.isEmpty()) continue;
            if (col + text.length() > width) text = text.substring(0, width - col);
            palette.apply(g, s.style(), s.tint());
            g.putString(col, y, text);
            col += text.length();
        }
        palette.reset(g);
    }

    private void frame(TextGraphics g, Rect r, String title, boolean focused, String mark) {
        palette.border(g, focused);
        int right = r.x() + r.width() - 1;
        int bottom = r.y() + r.height() - 1;
        char h = focused ? '═' : '─';
        char v = focused ? '║' : '│';
        for (int x = r.x() + 1; x < right; x++) {
            g.setCharacter(x, r.y(), h);
            g.setCharacter(x, bottom, h);
        }
        for (int y = r.y() + 1; y < bottom; y++) {
            g.setCharacter(r.x(), y, v);
            g.setCharacter(right, y, v);
        }
        g.setCharacter(r.x(), r.y(), focused ? '╔' : '┌');
        g.setCharacter(right, r.y(), focused ? '╗' : '┐');
        g.setCharacter(r.x(), bottom, focused ? '╚' : '└');
        g.setCharacter(right, bottom, focused ? '╝' : '┘');
        String t = " " + title + " ";
        int room = r.width() - 4;
        if (room > 0) {
            palette.title(g, focused);
            g.putString(r.x() + 2, r.y(), t.length() > room ? t.substring(0, room) : t);
        }
        if (!mark.isEmpty() && r.width() > mark.length() + 4) {
            palette.border(g, focused);
            g.putString(right - mark.length() - 1, bottom, mark);
        }
        palette.reset(g);
    }

    private void help(TextGraphics g, TerminalSize size, TuiState st) {
        int width = Math.min(size.getColumns() - 2, 104);
        int height = Math.max(3, size.getRows() - 3);
        Rect r = new Rect((size.getColumns() - width) / 2, 1, width, height);
        palette.reset(g);
        g.fillRectangle(new TerminalPosition(r.x(), r.y()), new TerminalSize(r.width(), r.height()), ' ');
        frame(g, r, "Help: ↑↓ PgUp PgDn scroll, Esc closes", true, "");
        int rows = r.innerHeight();
        st.helpScroll = Math.max(0, Math.min(st.helpScroll, st.help.size() - rows));
        TextGraphics inner = g.newTextGraphics(new TerminalPosition(r.innerX() + 1, r.innerY()),
                new TerminalSize(Math.max(1, r.innerWidth() - 2), Math.max(1, rows)));
        List<StyledLine> shown = st.help.subList(Math.min(st.helpScroll, st.help.size()), st.help.size());
        lines(inner, shown, rows);
    }

    private static StyledLine plain(String text, Style style) {
        return new StyledLine(List.of(Span.styled(text, style)));
    }
}
