package distlab.check.history;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event of a history file, split into its fields but not yet interpreted. Two line formats:
 * <ul>
 *   <li>Jepsen's log: {@code INFO  jepsen.util - PROCESS :TYPE :F VALUE}, fields separated by
 *       tabs or spaces; a key-value op carries {@code [KEY VALUE]};
 *   <li>an EDN map, as in Jepsen's history.edn and Porcupine's key-value tests:
 *       {@code {:process 0, :type :invoke, :f :get, :key "6", :value nil}}.
 * </ul>
 *
 * @param process the process id as written; events of the nemesis (not a number) are skipped
 * @param type {@code :invoke}, {@code :ok}, {@code :fail} or {@code :info}
 * @param f the function, e.g. {@code :read}
 * @param key the {@code :key} field of an EDN map; null when absent
 */
record HistoryEvent(int line, String process, String type, String f, EdnValue key, EdnValue value, String valueText) {
    private static final Pattern LOG_LINE = Pattern.compile(
            "^INFO\\s+jepsen\\.util\\s+-\\s+(\\S+)\\s+(:[\\w-]+)\\s+(:[\\w-]+)\\s+(.*?)\\s*$");
    private static final Pattern PROCESS = Pattern.compile("\\d{1,18}");

    static final String LOG_SHAPE = "expected 'INFO  jepsen.util - PROCESS :TYPE :F VALUE', "
            + "e.g. 'INFO  jepsen.util - 3 :invoke :cas [1 2]'";
    static final String EDN_SHAPE = "expected a map such as '{:process 0, :type :invoke, :f :read, :value nil}'";

    /** The event on a Jepsen log line; null for an event of the nemesis. */
    static HistoryEvent parseLog(String file, int line, String text) throws HistoryParseException {
        Matcher m = LOG_LINE.matcher(text);
        if (!m.matches()) {
            throw new HistoryParseException(file, line, "malformed line '" + abbreviate(text) + "'", LOG_SHAPE);
        }
        if (!PROCESS.matcher(m.group(1)).matches()) {
            return null;
        }
        String valueText = m.group(4);
        return new HistoryEvent(line, m.group(1), m.group(2), m.group(3), null, value(file, line, valueText), valueText);
    }

    /** The event in an EDN map line; null for an event of the nemesis. */
    static HistoryEvent parseEdn(String file, int line, String text) throws HistoryParseException {
        EdnValue parsed;
        try {
            parsed = EdnValue.parse(text);
        } catch (EdnValue.SyntaxError e) {
            throw new HistoryParseException(file, line, "malformed line '" + abbreviate(text) + "': " + e.getMessage(),
                    EDN_SHAPE);
        }
        if (!(parsed instanceof EdnValue.EdnMap map)) {
            throw new HistoryParseException(file, line, "malformed line '" + abbreviate(text) + "'", EDN_SHAPE);
        }
        EdnValue process = map.entries().get(":process");
        EdnValue type = map.entries().get(":type");
        EdnValue f = map.entries().get(":f");
        if (process == null || type == null || f == null || !type.isKeyword() || !f.isKeyword()) {
            throw new HistoryParseException(file, line, "an event needs :process, :type and :f", EDN_SHAPE);
        }
        if (process.scalar() == null || !PROCESS.matcher(process.scalar()).matches()) {
            return null;
        }
        EdnValue value = map.entries().getOrDefault(":value", EdnValue.NIL);
        return new HistoryEvent(line, process.scalar(), type.scalar(), f.scalar(), map.entries().get(":key"), value,
                text(value));
    }

    private static EdnValue value(String file, int line, String text) throws HistoryParseException {
        try {
            return EdnValue.parse(text);
        } catch (EdnValue.SyntaxError e) {
            throw new HistoryParseException(file, line, "malformed value '" + abbreviate(text) + "'",
                    "a value is nil, a number, a keyword such as :timed-out, or a vector such as [a b]");
        }
    }

    /** A value as EDN text, for messages and comparisons. */
    static String text(EdnValue value) {
        if (value instanceof EdnValue.Vector v) {
            StringBuilder out = new StringBuilder("[");
            for (EdnValue item : v.items()) {
                out.append(out.length() > 1 ? " " : "").append(text(item));
            }
            return out.append(']').toString();
        }
        if (value instanceof EdnValue.Text t) {
            return "\"" + t.text() + "\"";
        }
        return value.isNil() ? "nil" : value.scalar();
    }

    boolean isKeyword() {
        return value.isKeyword();
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
