package distlab.ui.tui;

import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.view.markdown.StyledLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The console's scrolling output: the last {@value #MAX_LINES} lines, newest last, each cut
 * to {@value #MAX_LINE_CHARS} characters (a limit on everything: one multi-megabyte line
 * must not hold up the screen).
 */
final class ConsoleBuffer {
    static final int MAX_LINES = 5_000;
    static final int MAX_LINE_CHARS = 10_000;

    private final ArrayDeque<StyledLine> lines = new ArrayDeque<>();
    /** Screen rows scrolled up from the bottom (0: following the output). */
    private int scrollUp;

    void add(String text, Style style) {
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            add(new StyledLine(List.of(Span.styled(line, style))));
            if (end < 0) return;
            start = end + 1;
        }
    }

    private static String capped(String line) {
        if (line.length() <= MAX_LINE_CHARS) return line;
        return line.substring(0, MAX_LINE_CHARS) + " … (" + (line.length() - MAX_LINE_CHARS) + " more characters not kept)";
    }

    void add(StyledLine line) {
        if (line.spans().stream().mapToInt(sp -> sp.text().length()).sum() > MAX_LINE_CHARS) {
            line = new StyledLine(List.of(Span.styled(capped(line.text()), line.spans().get(0).style())));
        }
        lines.addLast(line);
        if (lines.size() > MAX_LINES) lines.removeFirst();
    }

    /** A command's output text, one line per line, without the final newline's empty line. */
    void addOutput(String output) {
        if (output.isEmpty()) return;
        String text = output.endsWith("\n") ? output.substring(0, output.length() - 1) : output;
        add(text, Style.PLAIN);
    }

    void scroll(int rows) {
        scrollUp = Math.max(0, Math.min(scrollUp + rows, MAX_LINES * 4));
    }

    void follow() {
        scrollUp = 0;
    }

    int scrollUp() {
        return scrollUp;
    }

    /**
     * The screen rows to show in a {@code width} x {@code height} area, long lines wrapped at
     * spaces, counted from the bottom; only as many lines as needed are wrapped.
     */
    List<StyledLine> visible(int width, int height) {
        List<StyledLine> rows = new ArrayList<>();
        int skip = scrollUp;
        Iterator<StyledLine> it = lines.descendingIterator();
        while (it.hasNext() && rows.size() < height) {
            List<StyledLine> wrapped = wrap(it.next(), width);
            for (int i = wrapped.size() - 1; i >= 0 && rows.size() < height; i--) {
                if (skip > 0) skip--;
                else rows.add(0, wrapped.get(i));
            }
        }
        if (skip > 0) scrollUp -= skip;
        return rows;
    }

    static List<StyledLine> wrap(StyledLine line, int width) {
        return WordWrap.wrap(line, width, 2);
    }

    int size() {
        return lines.size();
    }

    /** The plain text of every line, for tests. */
    List<String> texts() {
        return lines.stream().map(StyledLine::text).toList();
    }
}
