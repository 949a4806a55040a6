package distlab.check.linearizability;

/**
 * The verdict on one partition of a history.
 *
 * @param steps search steps spent (machine-independent measure of effort)
 */
public record PartitionResult<I, O>(Partition<I, O> partition, Verdict verdict, long steps) {}
