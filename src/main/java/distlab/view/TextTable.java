package distlab.view;

import distlab.protocol.Cell;
import distlab.protocol.Table;
import java.util.ArrayList;
import java.util.List;

/** Renders rows of text as left-aligned columns separated by two spaces. */
public final class TextTable {
    private TextTable() {}

    public static List<String> render(List<String> headers, List<List<String>> rows) {
        int columns = headers.size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) widths[c] = headers.get(c).length();
        for (List<String> row : rows) {
            for (int c = 0; c < columns && c < row.size(); c++) widths[c] = Math.max(widths[c], row.get(c).length());
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(headers, widths));
        for (List<String> row : rows) lines.add(line(row, widths));
        return lines;
    }

    /** A protocol table as plain text (styles and tints dropped). */
    public static List<String> render(Table table) {
        List<List<String>> rows = table.rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList();
        return render(table.headers(), rows);
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            b.append(cell);
            if (c < widths.length - 1) b.append(" ".repeat(widths[c] - cell.length() + 2));
        }
        return b.toString().stripTrailing();
    }
}
