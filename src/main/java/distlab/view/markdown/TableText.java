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

/** A markdown table as aligned columns; cells too wide for the pane are cut with an ellipsis. */
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
            out.add(line(rows.get(r), widths, r < headRows ? Style.STRONG : Style.PLAIN));
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

    private static StyledLine line(List<String> cells, int[] widths, Style style) {
        List<Span> spans = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            if (cell.length() > widths[c]) cell = cell.substring(0, widths[c] - 1) + "…";
            if (c > 0) spans.add(Span.styled(" │ ", Style.DIM));
            spans.add(Span.styled(c == widths.length - 1 ? cell : cell + " ".repeat(widths[c] - cell.length()), style));
        }
        return new StyledLine(spans);
    }
}
