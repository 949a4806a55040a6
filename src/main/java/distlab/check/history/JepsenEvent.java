package distlab.check.history;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a Jepsen log, split into its fields but not yet interpreted:
 * {@code INFO  jepsen.util - PROCESS :TYPE :F VALUE}, fields separated by tabs or spaces.
 *
 * @param value null for nil; one element for a scalar or keyword; two for {@code [a b]}
 */
record JepsenEvent(int line, String process, String type, String function, List<String> value, String valueText) {
    private static final Pattern LINE = Pattern.compile(
            "^INFO\\s+jepsen\\.util\\s+-\\s+(\\S+)\\s+(:[\\w-]+)\\s+(:[\\w-]+)\\s+(.*?)\\s*$");
    private static final Pattern PAIR = Pattern.compile("^\\[\\s*([^\\s\\[\\]]+)\\s+([^\\s\\[\\]]+)\\s*\\]$");
    private static final Pattern SCALAR = Pattern.compile("^[^\\s\\[\\]]+$");

    static final String EXPECTED_SHAPE = "expected 'INFO  jepsen.util - PROCESS :TYPE :F VALUE', "
            + "e.g. 'INFO  jepsen.util - 3 :invoke :cas [1 2]'";

    static JepsenEvent parse(String file, int line, String text) throws HistoryParseException {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            throw new HistoryParseException(file, line, "malformed line '" + abbreviate(text) + "'", EXPECTED_SHAPE);
        }
        String valueText = m.group(4);
        List<String> value;
        Matcher pair = PAIR.matcher(valueText);
        if (valueText.equals("nil")) {
            value = null;
        } else if (pair.matches()) {
            value = List.of(pair.group(1), pair.group(2));
        } else if (SCALAR.matcher(valueText).matches()) {
            value = List.of(valueText);
        } else {
            throw new HistoryParseException(file, line, "malformed value '" + abbreviate(valueText) + "'",
                    "a value is nil, a number, a keyword such as :timed-out, or a pair [a b]");
        }
        return new JepsenEvent(line, m.group(1), m.group(2), m.group(3), value, valueText);
    }

    boolean isPair() {
        return value != null && value.size() == 2;
    }

    boolean isScalar() {
        return value != null && value.size() == 1 && !value.get(0).startsWith(":");
    }

    boolean isKeyword(String keyword) {
        return value != null && value.size() == 1 && value.get(0).equals(keyword);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
