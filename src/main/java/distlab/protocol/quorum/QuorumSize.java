package distlab.protocol.quorum;

import distlab.sim.LabException;
import java.util.Locale;

/**
 * How many replicas an operation waits for: a number, or {@code one}, {@code quorum} (a
 * majority, floor(n/2)+1) or {@code all}. The words are symbolic: they follow n when more
 * replicas are spawned, while a number stays as given.
 */
public record QuorumSize(String word, int number) {
    public static final QuorumSize ONE = new QuorumSize("one", 0);
    public static final QuorumSize QUORUM = new QuorumSize("quorum", 0);
    public static final QuorumSize ALL = new QuorumSize("all", 0);

    /** Reads {@code 2}, {@code one}, {@code quorum} or {@code all}; {@link #check} fits a number to n. */
    public static QuorumSize parse(String name, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "one": return ONE;
            case "quorum": case "majority": return QUORUM;
            case "all": return ALL;
            default:
        }
        if (!t.matches("\\d{1,6}")) {
            throw new LabException(name + " must be a number of replicas or one, quorum, all; not '" + text + "'");
        }
        return new QuorumSize(null, Integer.parseInt(t));
    }

    /** A number must be at most the n replicas there are. */
    public void check(String name, int n) {
        if (word != null || (number >= 1 && number <= n)) return;
        String range = n == 1 ? "1" : "1.." + n;
        throw new LabException(name + "=" + number + " is outside " + range + ": there " + (n == 1 ? "is 1 replica" : "are " + n + " replicas")
                + " (use " + range + ", or one, quorum, all)");
    }

    /** The number of replicas this means when there are n. */
    public int of(int n) {
        if (word == null) return Math.min(number, Math.max(n, 1));
        switch (word) {
            case "one": return 1;
            case "all": return Math.max(n, 1);
            default: return n / 2 + 1;
        }
    }

    /** The setting as given: {@code 2} or {@code quorum}. */
    public String setting() {
        return word == null ? Integer.toString(number) : word;
    }
}
