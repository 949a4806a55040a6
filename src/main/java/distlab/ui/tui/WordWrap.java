package distlab.ui.tui;

import distlab.protocol.Span;
import distlab.view.markdown.StyledLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a styled line at spaces into rows of a given width, in time linear in the line's
 * length: each row looks back at most {@code width} characters for a space, and spans are
 * cut with one pass over them. A word longer than a row is cut where the row ends. Rows
 * after the first are indented by {@code indent} spaces, so a wrapped line reads as one.
 */
final class WordWrap {
    private WordWrap() {}

    static List<StyledLine> wrap(StyledLine line, int width, int indent) {
        String text = line.text();
        if (width <= 0 || text.length() <= width) return List.of(line);
        int hang = width > 2 * indent + 10 ? indent : 0;
        List<int[]> rows = new ArrayList<>();
        int start = 0;
        int room = width;
        while (text.length() - start > room) {
            int end = breakAt(text, start, room);
            rows.add(new int[] {start, end});
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') start++;
            room = width - hang;
        }
        if (start < text.length() || rows.isEmpty()) rows.add(new int[] {start, text.length()});
        return slice(line, rows, hang);
    }

    /** Where a row that starts at {@code start} and holds {@code room} characters ends. */
    private static int breakAt(String text, int start, int room) {
        int limit = start + room;
        // A space right after the row's last character lets the whole row stay.
        if (text.charAt(limit) == ' ') return limit;
        for (int i = limit - 1; i > start; i--) {
            if (text.charAt(i) == ' ') return i;
        }
        return limit;
    }

    /** Cuts the line's spans at the rows' boundaries (sorted, non-overlapping), in one pass. */
    private static List<StyledLine> slice(StyledLine line, List<int[]> rows, int hang) {
        List<StyledLine> out = new ArrayList<>(rows.size());
        List<Span> spans = line.spans();
        int spanIndex = 0;
        int spanStart = 0;
        for (int r = 0; r < rows.size(); r++) {
            int from = rows.get(r)[0];
            int to = rows.get(r)[1];
            List<Span> row = new ArrayList<>();
            if (r > 0 && hang > 0) row.add(Span.plain(" ".repeat(hang)));
            while (spanIndex < spans.size() && spanStart + spans.get(spanIndex).text().length() <= from) {
                spanStart += spans.get(spanIndex).text().length();
                spanIndex++;
            }
            int i = spanIndex;
            int s = spanStart;
            while (i < spans.size() && s < to) {
                Span span = spans.get(i);
                int a = Math.max(from, s) - s;
                int b = Math.min(to, s + span.text().length()) - s;
                if (b > a) row.add(new Span(span.text().substring(a, b), span.style(), span.tint()));
                s += span.text().length();
                i++;
            }
            out.add(new StyledLine(row));
        }
        return out;
    }
}
