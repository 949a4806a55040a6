package distlab.check.linearizability;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How much search the checker may spend on each partition before answering {@link Verdict#UNKNOWN}.
 * Counted in search steps (one step = one visit of an entry of the history), so the answer does
 * not depend on machine speed.
 *
 * @param maxStepsPerPartition search steps allowed for each partition
 * @param cancelled polled now and then; once true the check stops with UNKNOWN
 */
public record Budget(long maxStepsPerPartition, BooleanSupplier cancelled) {

    /** Far beyond the etcd conformance histories (the hardest takes under 50,000 steps); about a second or two. */
    public static final long DEFAULT_STEPS = 50_000_000L;

    public Budget {
        if (maxStepsPerPartition <= 0) {
            throw new IllegalArgumentException("maxStepsPerPartition must be positive");
        }
        Objects.requireNonNull(cancelled, "cancelled");
    }

    public static Budget steps(long maxStepsPerPartition) {
        return new Budget(maxStepsPerPartition, () -> false);
    }

    public static Budget defaultBudget() {
        return steps(DEFAULT_STEPS);
    }
}
