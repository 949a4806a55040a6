package distlab.ui.tui;

import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.view.markdown.StyledLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The console's scrolling output: the last {@value #MAX_LINES} lines, newest last. */
final class ConsoleBuffer {
    static final int MAX_LINES = 5_000;

    private final ArrayDeque<StyledLine> lines = new ArrayDeque<>();
    /** Screen rows scrolled up from the bottom (0: following the output). */
    private int scrollUp;

    void add(String text, Style style) {
        for (String line : text.split("\n", -1)) add(new StyledLine(List.of(Span.styled(line, style))));
    }

    void add(StyledLine line) {
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
     * The screen rows to show in a {@code width} x {@code height} area, long lines wrapped,
     * counted from the bottom; only as many lines as needed are wrapped.
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
        if (width <= 0) return List.of(line);
        List<StyledLine> out = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int used = 0;
        for (Span s : line.spans()) {
            String text = s.text();
            while (used + text.length() > width) {
                int take = width - used;
                current.add(new Span(text.substring(0, take), s.style(), s.tint()));
                out.add(new StyledLine(current));
                current = new ArrayList<>();
                used = 0;
                text = text.substring(take);
            }
            if (!text.isEmpty()) {
                current.add(new Span(text, s.style(), s.tint()));
                used += text.length();
            }
        }
        out.add(new StyledLine(current));
        return out;
    }

    int size() {
        return lines.size();
    }

    /** The plain text of every line, for tests. */
    List<String> texts() {
        return lines.stream().map(StyledLine::text).toList();
    }
}
