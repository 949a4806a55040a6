package distlab.check.history;

/**
 * How big a history file may be (docs/history-checker.md, "Limits"). Checked while reading, so
 * an endless input such as /dev/zero ends with one line, not with the heap exhausted.
 *
 * @param maxBytes bytes read from one file
 * @param maxOperations operations in one file
 * @param maxLineChars characters on one line
 */
public record HistoryLimits(long maxBytes, int maxOperations, int maxLineChars) {
    public static final HistoryLimits DEFAULT = new HistoryLimits(1L << 30, 5_000_000, 65_536);

    public HistoryLimits {
        if (maxBytes <= 0 || maxOperations <= 0 || maxLineChars <= 0) {
            throw new IllegalArgumentException("history limits must be positive");
        }
    }

    public HistoryLimits withMaxOperations(int operations) {
        return new HistoryLimits(maxBytes, operations, maxLineChars);
    }

    public HistoryLimits withMaxBytes(long bytes) {
        return new HistoryLimits(bytes, maxOperations, maxLineChars);
    }
}
