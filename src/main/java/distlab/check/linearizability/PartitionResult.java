package distlab.check.linearizability;

/**
 * The verdict on one partition of a history.
 *
 * @param steps search steps spent (machine-independent measure of effort)
 * @param limit why the search stopped undecided; null unless the verdict is UNKNOWN
 */
public record PartitionResult<I, O>(Partition<I, O> partition, Verdict verdict, long steps, Limit limit) {
    public PartitionResult {
        if ((verdict == Verdict.UNKNOWN) != (limit != null)) {
            throw new IllegalArgumentException("a limit is given exactly when the verdict is unknown");
        }
    }
}
