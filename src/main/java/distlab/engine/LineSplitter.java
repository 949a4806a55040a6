package distlab.engine;

import distlab.sim.LabException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one command line into words: strips a {@code #} comment (outside quotes), expands
 * {@code $NAME} variables, and splits on blanks while keeping "quoted strings" and
 * bracketed lists ({@code [2, 1, 0]}, {@code {a, b}}) whole. A line, before and after its
 * variables are expanded, is at most {@link #MAX_LINE_CHARS} long: so a variable that
 * doubles itself ({@code let a = $a$a}) is stopped long before it fills memory.
 */
public final class LineSplitter {
    /** The longest line, as typed and with its variables expanded. */
    public static final int MAX_LINE_CHARS = 65_536;

    private LineSplitter() {}

    /** The line without its comment and surrounding blanks. */
    public static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '#' && !quoted) return line.substring(0, i).strip();
        }
        return line.strip();
    }

    /** Replaces {@code $NAME} by the variable's value, outside quotes; a line too long, before or after, is refused. */
    public static String expandVariables(String line, Map<String, String> variables) {
        if (line.length() > MAX_LINE_CHARS) {
            throw new LabException("line too long: " + line.length() + " characters (at most " + MAX_LINE_CHARS + ")");
        }
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            if (c != '$' || quoted) {
                out.append(c);
                continue;
            }
            int end = i + 1;
            while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) end++;
            String name = line.substring(i + 1, end);
            if (name.isEmpty()) throw new LabException("'$' must be followed by a variable name, e.g. $leader");
            String value = variables.get(name);
            if (value == null) {
                throw new LabException("unknown variable '$" + name + "'" + (variables.isEmpty()
                        ? " (set one first: let " + name + " = EXPR)" : " (variables: " + String.join(" ", variables.keySet()) + ")"));
            }
            if (out.length() + value.length() + (line.length() - end) > MAX_LINE_CHARS) {
                throw new LabException("line too long once $" + name + " is expanded: more than " + MAX_LINE_CHARS
                        + " characters ($" + name + " holds " + value.length() + ")");
            }
            out.append(value);
            i = end - 1;
        }
        return out.toString();
    }

    /** Splits into words. Quotes are removed from quoted words; brackets are kept. */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
                i++;
            } else if (c == '"') {
                int close = line.indexOf('"', i + 1);
                if (close < 0) throw new LabException("unterminated quote: add the closing \" (e.g. send n1 n2 \"hello world\")");
                word.append(line, i + 1, close);
                inWord = true;
                i = close + 1;
            } else if (c == '[' || c == '{') {
                int close = closing(line, i);
                word.append(line, i, close + 1);
                inWord = true;
                i = close + 1;
            } else if (c == ']' || c == '}') {
                throw new LabException("unexpected '" + c + "' with no opening '" + (c == ']' ? '[' : '{') + "'");
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) words.add(word.toString());
        return words;
    }

    private static int closing(String line, int open) {
        char o = line.charAt(open);
        char c = o == '[' ? ']' : '}';
        int depth = 0;
        for (int i = open; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == o) depth++;
            else if (ch == c && --depth == 0) return i;
        }
        throw new LabException("unterminated '" + o + "': add the closing '" + c + "' (e.g. [2,1,0])");
    }
}
