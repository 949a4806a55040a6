package distlab.lecture;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's text seen as lines, each with where it starts and ends, so that the lab can add a
 * line or tick a box without retyping any other: the user's bytes, line ends (LF or CRLF),
 * byte order mark and trailing blanks stay exactly as they were. New lines take the file's
 * line end (that of its first line).
 */
final class LineText {
    private final String text;
    private final List<int[]> lines = new ArrayList<>(); // {start, end without the line end}
    private final String newline;

    LineText(String text) {
        this.text = text;
        int start = 0;
        String first = null;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            boolean crlf = nl > start && text.charAt(nl - 1) == '\r';
            if (first == null && nl >= 0) first = crlf ? "\r\n" : "\n";
            lines.add(new int[] {start, crlf ? end - 1 : end});
            start = nl < 0 ? text.length() : nl + 1;
        }
        newline = first == null ? "\n" : first;
    }

    static LineText of(List<String> lines) {
        return new LineText(lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }

    int size() {
        return lines.size();
    }

    String line(int i) {
        return text.substring(lines.get(i)[0], lines.get(i)[1]);
    }

    /** The text with {@code added} lines after line {@code i} (-1: at the start). */
    String insertAfter(int i, List<String> added) {
        if (i == lines.size() - 1) return append(added);
        int at = lines.get(i + 1)[0];
        return text.substring(0, at) + joined(added) + text.substring(at);
    }

    /** The text with {@code added} lines at its end (after a line end, added if the last line lacks one). */
    String append(List<String> added) {
        boolean open = !text.isEmpty() && !text.endsWith("\n");
        return text + (open ? newline : "") + joined(added);
    }

    /** The text with the character at {@code column} of line {@code i} replaced. */
    String replaceChar(int i, int column, char with) {
        int at = lines.get(i)[0] + column;
        return text.substring(0, at) + with + text.substring(at + 1);
    }

    private String joined(List<String> added) {
        StringBuilder b = new StringBuilder();
        for (String line : added) b.append(line).append(newline);
        return b.toString();
    }
}
