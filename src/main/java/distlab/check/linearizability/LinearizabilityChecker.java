package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks histories for linearizability (Herlihy & Wing 1990) against a {@link Model}.
 *
 * <p>The history is split with {@link Model#partition} and each part is searched on its own
 * (P-compositionality). Each search is Wing & Gong's algorithm with Lowe's memoisation, as in
 * Porcupine. With {@link Budget#parallelism()} above 1 the parts are searched on that many
 * threads and the check stops at the first part found not linearizable, so one hard part cannot
 * hold up the verdict on another. Stateless: safe to call from several threads.
 */
public final class LinearizabilityChecker {
    private LinearizabilityChecker() {}

    /** Checks with {@link Budget#defaultBudget()}. */
    public static <S, I, O> CheckResult<I, O> check(Model<S, I, O> model, List<Operation<I, O>> history) {
        return check(model, history, Budget.defaultBudget());
    }

    /**
     * Checks every partition of {@code history}, stopping early at the first one that is not
     * linearizable (partitions not searched by then are not reported).
     */
    public static <S, I, O> CheckResult<I, O> check(
            Model<S, I, O> model, List<Operation<I, O>> history, Budget budget) {
        List<Partition<I, O>> partitions = model.partition(history);
        int threads = Math.min(budget.parallelism(), partitions.size());
        return threads <= 1 ? inOrder(model, partitions, budget) : inParallel(model, partitions, budget, threads);
    }

    private static <S, I, O> CheckResult<I, O> inOrder(Model<S, I, O> model, List<Partition<I, O>> partitions,
            Budget budget) {
        List<PartitionResult<I, O>> results = new ArrayList<>();
        Verdict verdict = Verdict.LINEARIZABLE;
        for (Partition<I, O> partition : partitions) {
            PartitionResult<I, O> result = search(model, partition, budget, budget.maxBytes());
            results.add(result);
            verdict = verdict.and(result.verdict());
            if (verdict == Verdict.NOT_LINEARIZABLE) {
                break;
            }
        }
        return new CheckResult<>(verdict, results);
    }

    /** Each thread takes the next partition; the first failure stops the others. */
    private static <S, I, O> CheckResult<I, O> inParallel(Model<S, I, O> model, List<Partition<I, O>> partitions,
            Budget budget, int threads) {
        AtomicBoolean failed = new AtomicBoolean();
        Budget shared = budget.withCancel(() -> failed.get() || budget.cancelled().getAsBoolean());
        long bytesEach = budget.maxBytes() / threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "linearizability-search");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<PartitionResult<I, O>>> futures = new ArrayList<>();
            for (Partition<I, O> partition : partitions) {
                futures.add(pool.submit(() -> {
                    if (failed.get()) {
                        return null;
                    }
                    PartitionResult<I, O> result = search(model, partition, shared, bytesEach);
                    if (result.verdict() == Verdict.NOT_LINEARIZABLE) {
                        failed.set(true);
                    }
                    return result;
                }));
            }
            List<PartitionResult<I, O>> results = new ArrayList<>();
            Verdict verdict = Verdict.LINEARIZABLE;
            for (Future<PartitionResult<I, O>> future : futures) {
                PartitionResult<I, O> result = await(future);
                if (result == null || (failed.get() && result.limit() == Limit.CANCELLED
                        && !budget.cancelled().getAsBoolean())) {
                    continue; // not searched, or stopped because another partition failed
                }
                results.add(result);
                verdict = verdict.and(result.verdict());
            }
            if (failed.get()) {
                verdict = Verdict.NOT_LINEARIZABLE;
            }
            return new CheckResult<>(verdict, results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error; // OutOfMemoryError reaches the caller as itself
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static <S, I, O> PartitionResult<I, O> search(Model<S, I, O> model, Partition<I, O> partition,
            Budget budget, long maxBytes) {
        WingGongSearch<S, I, O> search = new WingGongSearch<>(model, partition.operations(), null);
        Verdict verdict = search.run(budget, maxBytes);
        return new PartitionResult<>(partition, verdict, search.steps(), search.limit());
    }

    /** Checks one part as a whole, without splitting it further. */
    public static <S, I, O> PartitionResult<I, O> checkPartition(
            Model<S, I, O> model, Partition<I, O> partition, Budget budget) {
        return search(model, partition, budget, budget.maxBytes());
    }

    /**
     * Checks a history in which the operations flagged in {@code mayBeSkipped} may also have had
     * no effect at all (still within their call/return interval). Used to relax operations while
     * explaining a failure.
     */
    static <S, I, O> Verdict checkRelaxed(
            Model<S, I, O> model, List<Operation<I, O>> operations, boolean[] mayBeSkipped, Budget budget) {
        return new WingGongSearch<>(model, operations, mayBeSkipped).run(budget, budget.maxBytes());
    }
}
