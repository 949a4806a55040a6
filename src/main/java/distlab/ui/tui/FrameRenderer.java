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
    static final String SEARCH_PROMPT = "search the diagram: ";

    private final Palette palette;

    FrameRenderer(Palette palette) {
        this.palette = palette;
    }

    void draw(Screen screen, TuiState st) {
        TerminalSize size = screen.getTerminalSize();
        TextGraphics g = screen.newTextGraphics();
        palette.reset(g);
        g.fill(' ');
        Layout layout = Layout.of(size.getColumns(), size.getRows(), st.focus, st.maximised, clusterRows(st), st.presenter != null);
        st.layout = layout;
        TerminalPosition cursor = null;
        for (var entry : layout.panes().entrySet()) {
            Pane pane = entry.getKey();
            Rect r = entry.getValue();
            boolean hasInside = r.innerWidth() > 0 && r.innerHeight() > 0;
            // The content first: it settles the scroll positions the frame reports.
            PaneContent.Lines content = hasInside && pane != Pane.CONSOLE ? PaneContent.of(pane, r, st) : null;
            frame(g, r, title(pane, st), pane == st.focus, scrollMark(pane, st));
            if (pane == st.focus) keys(g, r, pane, scrollMark(pane, st).length());
            if (!hasInside) continue;
            TextGraphics inner = g.newTextGraphics(new TerminalPosition(r.innerX(), r.innerY()),
                    new TerminalSize(r.innerWidth(), r.innerHeight()));
            if (pane == Pane.CONSOLE) cursor = console(inner, r, st);
            else lines(inner, content, r.innerHeight());
        }
        StatusBar.draw(g, palette, layout.statusRow(), size.getColumns(), st);
        if (st.helpOpen) {
            help(g, size, st);
            cursor = null;
        }
        screen.setCursorPosition(st.quitPrompt ? null : cursor);
    }

    private static int clusterRows(TuiState st) {
        return st.snapshot.cluster() == null ? 2 : st.snapshot.cluster().rows().size() + 1;
    }

    private static String title(Pane pane, TuiState st) {
        Snapshot s = st.snapshot;
        return switch (pane) {
            case LECTURE -> st.presenter != null ? "Presenter: step " + Math.min(st.presenter.position() + 1, st.presenter.size())
                    + " of " + st.presenter.size()
                    : (s.lectureId().isEmpty() ? "Lecture" : "Lecture " + s.lectureId() + " " + s.lectureTitle())
                    + (st.lectureShift > 0 ? " (→" + st.lectureShift + ", ← scrolls back)" : "");
            case CLUSTER -> (s.cluster() == null ? "Cluster" : "Cluster: " + s.protocol() + ", " + s.nodes() + " nodes")
                    + (st.selected != null && s.nodeNames().contains(st.selected) ? ", " + st.selected + " selected" : "");
            case DIAGRAM -> "Space-time diagram" + (st.diagramFilter.isNone() ? "" : " [" + st.diagramFilter.describe() + "]")
                    + (st.diagramSearch.isEmpty() ? "" : " /" + st.diagramSearch);
            case CONSOLE -> !st.running() ? "Console"
                    : st.paused ? "Console (paused: Space resumes, . one event, Esc stops)"
                    : "Console (running: Esc stops, Space pauses; what you type runs now)";
        };
    }

    /** The keys that act in the focused pane, on its bottom border where they fit beside the scroll mark. */
    private void keys(TextGraphics g, Rect r, Pane pane, int markLength) {
        String keys = switch (pane) {
            case CLUSTER -> NodeActions.KEYS;
            case DIAGRAM -> DiagramKeys.KEYS;
            default -> "";
        };
        String text = " " + keys + " ";
        if (keys.isEmpty() || text.length() + markLength + 6 > r.width()) return;
        palette.border(g, true);
        g.putString(r.x() + 2, r.y() + r.height() - 1, text);
        palette.reset(g);
    }

    private static String scrollMark(Pane pane, TuiState st) {
        if (pane == Pane.DIAGRAM) {
            var page = st.snapshot.diagram();
            int shown = Math.max(0, page.lines().size() - 1);
            return page.total() <= shown || page.total() == 0 ? ""
                    : "rows " + (page.top() + 1) + "-" + Math.min(page.total(), page.top() + shown) + " of " + page.total();
        }
        int s = pane == Pane.CONSOLE ? st.console.scrollUp() : st.scroll(pane);
        if (s == 0) return "";
        return pane == Pane.CONSOLE ? "↑" + s : "↓" + s;
    }

    private TerminalPosition console(TextGraphics g, Rect r, TuiState st) {
        int outputRows = r.innerHeight() - 1;
        if (outputRows > 0) lines(g, PaneContent.Lines.of(st.console.visible(r.innerWidth(), outputRows)), outputRows);
        int width = r.innerWidth();
        int row = r.innerHeight() - 1;
        if (st.historySearch != null) {
            palette.apply(g, Style.WARN, -1);
            String text = st.historySearch.prompt();
            g.putString(0, row, text.length() > width ? text.substring(text.length() - width) : text);
            return null;
        }
        String prompt = st.searchPrompt ? SEARCH_PROMPT : PROMPT;
        String text = st.editor.text();
        int cursor = prompt.length() + st.editor.cursor();
        int shift = Math.max(0, cursor - width + 1);
        String shown = (prompt + text).substring(Math.min(shift, prompt.length() + text.length()));
        palette.apply(g, Style.STRONG, -1);
        g.putString(0, row, shown.length() > width ? shown.substring(0, width) : shown);
        if (shift == 0) {
            palette.apply(g, st.searchPrompt ? Style.WARN : Style.GOOD, -1);
            g.putString(0, row, prompt);
        }
        return new TerminalPosition(r.innerX() + cursor - shift, r.innerY() + row);
    }

    private void lines(TextGraphics g, PaneContent.Lines content, int rows) {
        List<StyledLine> lines = content.lines();
        int width = g.getSize().getColumns();
        for (int y = 0; y < rows && y < lines.size(); y++) {
            boolean highlight = content.highlighted().contains(y);
            if (highlight) {
                palette.highlight(g);
                g.putString(0, y, " ".repeat(width));
            }
            line(g, y, lines.get(y), width, content.shift(), highlight);
        }
    }

    /** Draws one styled line, its first {@code skip} columns left out, cut at {@code width}. */
    void line(TextGraphics g, int y, StyledLine line, int width, int skip, boolean highlight) {
        int col = -skip;
        for (Span s : line.spans()) {
            if (col >= width) break;
            String text = s.text();
            int end = col + text.length();
            if (text.isEmpty() || end <= 0) {
                col = end;
                continue;
            }
            if (col < 0) {
                text = text.substring(-col);
                col = 0;
            }
            if (col + text.length() > width) text = text.substring(0, width - col);
            palette.apply(g, s.style(), s.tint());
            if (highlight) palette.highlight(g);
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

    /** The help screen over the panes: lines wrap to its width, nothing is cut off. */
    private void help(TextGraphics g, TerminalSize size, TuiState st) {
        int width = Math.min(size.getColumns() - 2, 140);
        int height = Math.max(3, size.getRows() - 3);
        Rect r = new Rect((size.getColumns() - width) / 2, 1, width, height);
        palette.reset(g);
        g.fillRectangle(new TerminalPosition(r.x(), r.y()), new TerminalSize(r.width(), r.height()), ' ');
        frame(g, r, "Help: ↑↓ PgUp PgDn scroll, Esc closes", true, "");
        int rows = r.innerHeight();
        int textWidth = Math.max(1, r.innerWidth() - 2);
        List<StyledLine> wrapped = new java.util.ArrayList<>();
        for (HelpText.Line l : st.help) wrapped.addAll(WordWrap.wrap(l.text(), textWidth, l.indent()));
        if (wrapped.isEmpty()) wrapped.add(new StyledLine(List.of(Span.styled("(gathering the help)", Style.DIM))));
        st.helpScroll = Math.max(0, Math.min(st.helpScroll, wrapped.size() - rows));
        TextGraphics inner = g.newTextGraphics(new TerminalPosition(r.innerX() + 1, r.innerY()),
                new TerminalSize(textWidth, Math.max(1, rows)));
        lines(inner, PaneContent.Lines.of(wrapped.subList(Math.min(st.helpScroll, wrapped.size()), wrapped.size())), rows);
    }
}
