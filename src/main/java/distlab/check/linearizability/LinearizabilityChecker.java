package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks histories for linearizability (Herlihy & Wing 1990) against a {@link Model}.
 *
 * <p>The history is split with {@link Model#partition} and each part is searched on its own
 * (P-compositionality). Each search is Wing & Gong's algorithm with Lowe's memoisation, as in
 * Porcupine. Stateless: safe to call from several threads.
 */
public final class LinearizabilityChecker {
    private LinearizabilityChecker() {}

    /** Checks with {@link Budget#defaultBudget()}. */
    public static <S, I, O> CheckResult<I, O> check(Model<S, I, O> model, List<Operation<I, O>> history) {
        return check(model, history, Budget.defaultBudget());
    }

    /**
     * Checks every partition of {@code history}, stopping early at the first one that is not
     * linearizable (later partitions are then not reported).
     */
    public static <S, I, O> CheckResult<I, O> check(
            Model<S, I, O> model, List<Operation<I, O>> history, Budget budget) {
        List<PartitionResult<I, O>> results = new ArrayList<>();
        Verdict verdict = Verdict.LINEARIZABLE;
        for (Partition<I, O> partition : model.partition(history)) {
            PartitionResult<I, O> result = checkPartition(model, partition, budget);
            results.add(result);
            verdict = verdict.and(result.verdict());
            if (verdict == Verdict.NOT_LINEARIZABLE) {
                break;
            }
        }
        return new CheckResult<>(verdict, results);
    }

    /** Checks one part as a whole, without splitting it further. */
    public static <S, I, O> PartitionResult<I, O> checkPartition(
            Model<S, I, O> model, Partition<I, O> partition, Budget budget) {
        WingGongSearch<S, I, O> search = new WingGongSearch<>(model, partition.operations(), null);
        Verdict verdict = search.run(budget);
        return new PartitionResult<>(partition, verdict, search.steps());
    }

    /**
     * Checks a history in which the operations flagged in {@code mayBeSkipped} may also have had
     * no effect at all (still within their call/return interval). Used to relax operations while
     * explaining a failure.
     */
    static <S, I, O> Verdict checkRelaxed(
            Model<S, I, O> model, List<Operation<I, O>> operations, boolean[] mayBeSkipped, Budget budget) {
        return new WingGongSearch<>(model, operations, mayBeSkipped).run(budget);
    }
}
