package distlab.check.linearizability;

import java.util.List;
import java.util.TreeSet;

/** Small helpers for human-readable messages. */
final class Phrases {
    private Phrases() {}

    /** "a", "a or b", "a, b or c"; sorted and without duplicates, so the text is stable. */
    static String orList(List<String> items) {
        List<String> sorted = List.copyOf(new TreeSet<>(items));
        if (sorted.size() <= 1) {
            return sorted.isEmpty() ? "" : sorted.get(0);
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " or " + sorted.get(sorted.size() - 1);
    }

    /** "held X" for one possible value, "could only hold X, Y or Z" for several. */
    static String held(List<String> values) {
        return new TreeSet<>(values).size() == 1 ? "held " + values.get(0) : "could only hold " + orList(values);
    }
}
