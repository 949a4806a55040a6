package distlab.check.linearizability;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * How much the checker may spend before answering {@link Verdict#UNKNOWN}, and how it runs.
 * Steps and bytes do not depend on machine speed, so the same history under the same budget gets
 * the same verdict anywhere (docs/history-checker.md, "Budgets").
 *
 * @param maxStepsPerPartition search steps allowed for each partition (one step = one visit of an
 *     entry of the history)
 * @param maxBytes memory the search tables of one check may hold, shared evenly by the searches
 *     that run at once
 * @param parallelism partitions searched at once; 1 searches them one after another, in order,
 *     which keeps the choice of the reported failing partition deterministic
 * @param cancelled polled now and then; once true the check stops with UNKNOWN
 * @param progress told of search steps as they are taken, in batches (may be called from several
 *     threads at once)
 */
public record Budget(long maxStepsPerPartition, long maxBytes, int parallelism, BooleanSupplier cancelled,
        LongConsumer progress) {

    /** Far beyond what a linearizable history needs (about 20 steps per operation); 5 to 10 seconds. */
    public static final long DEFAULT_STEPS = 100_000_000L;

    private static final LongConsumer NO_PROGRESS = steps -> { };

    public Budget {
        if (maxStepsPerPartition <= 0 || maxBytes <= 0 || parallelism <= 0) {
            throw new IllegalArgumentException("budget limits must be positive");
        }
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(progress, "progress");
    }

    /** A budget of {@code maxStepsPerPartition} steps and the default memory, one partition at a time. */
    public Budget(long maxStepsPerPartition, BooleanSupplier cancelled) {
        this(maxStepsPerPartition, defaultBytes(), 1, cancelled, NO_PROGRESS);
    }

    public static Budget steps(long maxStepsPerPartition) {
        return new Budget(maxStepsPerPartition, () -> false);
    }

    public static Budget defaultBudget() {
        return steps(DEFAULT_STEPS);
    }

    /** Half of the heap the JVM may grow to: the rest is for the history itself. */
    public static long defaultBytes() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    public Budget withBytes(long bytes) {
        return new Budget(maxStepsPerPartition, bytes, parallelism, cancelled, progress);
    }

    public Budget withParallelism(int threads) {
        return new Budget(maxStepsPerPartition, maxBytes, threads, cancelled, progress);
    }

    public Budget withCancel(BooleanSupplier stop) {
        return new Budget(maxStepsPerPartition, maxBytes, parallelism, stop, progress);
    }

    public Budget withProgress(LongConsumer listener) {
        return new Budget(maxStepsPerPartition, maxBytes, parallelism, cancelled, listener);
    }
}
