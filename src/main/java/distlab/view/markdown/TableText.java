package distlab.view.markdown;

import distlab.protocol.Span;
import distlab.protocol.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/**
 * A markdown table as aligned columns. When it is wider than the pane, the widest columns
 * are narrowed and their cells wrap onto more lines at spaces, so nothing is cut off.
 */
final class TableText {
    private TableText() {}

    static List<StyledLine> render(Node table, Function<Node, List<Span>> inline, int width) {
        List<List<String>> rows = new ArrayList<>();
        int headRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) cells.add(MarkdownRenderer.plainText(inline.apply(cell)).strip());
                }
                rows.add(cells);
                if (section instanceof TableHead) headRows++;
            }
            if (!(section instanceof TableHead) && !(section instanceof TableBody)) break;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], row.get(c).length());
        }
        shrink(widths, width - 3 * Math.max(0, columns - 1));
        List<StyledLine> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.addAll(lines(rows.get(r), widths, r < headRows ? Style.STRONG : Style.PLAIN));
            if (r == headRows - 1) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < columns; c++) rule.append(c == 0 ? "" : "─┼─").append("─".repeat(widths[c]));
                out.add(new StyledLine(List.of(Span.styled(rule.toString(), Style.DIM))));
            }
        }
        return out;
    }

    /** Narrows the widest columns until the table fits. */
    private static void shrink(int[] widths, int budget) {
        while (sum(widths) > budget) {
            int widest = 0;
            for (int c = 1; c < widths.length; c++) if (widths[c] > widths[widest]) widest = c;
            if (widths[widest] <= 4) return;
            widths[widest]--;
        }
    }

    private static int sum(int[] widths) {
        int s = 0;
        for (int w : widths) s += w;
        return s;
    }

    /** One table row: as many lines as its tallest wrapped cell. */
    private static List<StyledLine> lines(List<String> cells, int[] widths, Style style) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> parts = wrap(c < cells.size() ? cells.get(c) : "", widths[c]);
            wrapped.add(parts);
            height = Math.max(height, parts.size());
        }
        List<StyledLine> out = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            List<Span> spans = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                String cell = y < wrapped.get(c).size() ? wrapped.get(c).get(y) : "";
                if (c > 0) spans.add(Span.styled(" │ ", Style.DIM));
                spans.add(Span.styled(c == widths.length - 1 ? cell : cell + " ".repeat(widths[c] - cell.length()), style));
            }
            out.add(new StyledLine(spans));
        }
        return out;
    }

    /** A cell's text in lines of at most {@code width}, broken at spaces (a longer word is cut). */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (text.length() - start > width) {
            int end = text.lastIndexOf(' ', start + width);
            if (end <= start) end = start + width;
            out.add(text.substring(start, end).stripTrailing());
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') start++;
        }
        out.add(text.substring(start));
        return out;
    }
}
