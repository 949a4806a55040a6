package distlab.check.linearizability;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on a whole history, with the verdict on each partition searched (in the model's
 * order). NOT_LINEARIZABLE as soon as one partition is; otherwise UNKNOWN if one ran out of
 * budget. Partitions left unsearched after a failure are not listed.
 */
public record CheckResult<I, O>(Verdict verdict, List<PartitionResult<I, O>> partitions) {
    public CheckResult {
        partitions = List.copyOf(partitions);
    }

    /** The first partition found not linearizable, if any. */
    public Optional<PartitionResult<I, O>> firstFailingPartition() {
        return partitions.stream().filter(p -> p.verdict() == Verdict.NOT_LINEARIZABLE).findFirst();
    }

    /** When the verdict is UNKNOWN: the limit reached (the first, in partition order). */
    public Optional<Limit> limit() {
        if (verdict != Verdict.UNKNOWN) {
            return Optional.empty();
        }
        return partitions.stream().map(PartitionResult::limit).filter(l -> l != null).findFirst();
    }

    public long totalSteps() {
        return partitions.stream().mapToLong(PartitionResult::steps).sum();
    }
}
