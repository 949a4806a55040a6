package distlab.ui.tui;

import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.view.markdown.StyledLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A protocol's table fitted to a pane: columns two spaces apart, the widest ones narrowed
 * until the table fits. A cell that does not fit is cut: one with tinted spans (a log,
 * coloured by term) keeps its end, where the news is; any other keeps its start.
 */
final class ClusterView {
    private static final int MIN_COLUMN = 4;
    private static final String GAP = "  ";

    private ClusterView() {}

    static List<StyledLine> render(Table table, int width) {
        int columns = table.headers().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) widths[c] = table.headers().get(c).length();
        for (List<Cell> row : table.rows()) {
            for (int c = 0; c < columns && c < row.size(); c++) widths[c] = Math.max(widths[c], length(row.get(c)));
        }
        fit(widths, width - GAP.length() * (columns - 1));
        List<StyledLine> out = new ArrayList<>();
        List<Cell> header = table.headers().stream().map(h -> Cell.of(h, Style.HEADING)).toList();
        out.add(line(header, widths));
        for (List<Cell> row : table.rows()) out.add(line(row, widths));
        return out;
    }

    /** Narrows the widest column, one cell at a time, until the sum fits {@code room}. */
    private static void fit(int[] widths, int room) {
        int total = 0;
        for (int w : widths) total += w;
        while (total > room) {
            int widest = 0;
            for (int c = 1; c < widths.length; c++) if (widths[c] > widths[widest]) widest = c;
            if (widths[widest] <= MIN_COLUMN) return;
            int cut = Math.min(total - room, widths[widest] - Math.max(MIN_COLUMN, secondWidest(widths, widest)));
            cut = Math.max(1, cut);
            widths[widest] -= cut;
            total -= cut;
        }
    }

    private static int secondWidest(int[] widths, int widest) {
        int second = 0;
        for (int c = 0; c < widths.length; c++) if (c != widest) second = Math.max(second, widths[c]);
        return second;
    }

    private static int length(Cell cell) {
        int n = 0;
        for (Span s : cell.spans()) n += s.text().length();
        return n;
    }

    private static StyledLine line(List<Cell> cells, int[] widths) {
        List<Span> spans = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            Cell cell = c < cells.size() ? cells.get(c) : Cell.of("");
            int used = fitCell(cell, widths[c], spans);
            if (c < widths.length - 1) spans.add(Span.plain(" ".repeat(widths[c] - used) + GAP));
        }
        return new StyledLine(spans);
    }

    /** Adds the cell's spans, cut to {@code width}; returns the width used. */
    private static int fitCell(Cell cell, int width, List<Span> out) {
        int length = length(cell);
        if (length <= width) {
            out.addAll(cell.spans());
            return length;
        }
        boolean keepEnd = cell.spans().stream().anyMatch(s -> s.tint() >= 0);
        if (keepEnd) {
            List<Span> tail = new ArrayList<>();
            int room = width - 1;
            for (int i = cell.spans().size() - 1; i >= 0 && room > 0; i--) {
                Span s = cell.spans().get(i);
                String text = s.text().length() <= room ? s.text() : s.text().substring(s.text().length() - room);
                tail.add(0, new Span(text, s.style(), s.tint()));
                room -= text.length();
            }
            out.add(Span.styled("…", Style.DIM));
            out.addAll(tail);
        } else {
            int room = width - 1;
            for (Span s : cell.spans()) {
                if (room <= 0) break;
                String text = s.text().length() <= room ? s.text() : s.text().substring(0, room);
                out.add(new Span(text, s.style(), s.tint()));
                room -= text.length();
            }
            out.add(Span.styled("…", Style.DIM));
        }
        return width;
    }
}
