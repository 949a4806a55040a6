package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a small set of operations that cannot be linearized, in a partition that is not
 * linearizable.
 *
 * <p>Dropping operations naively is unsound: without the write that a read saw, the read alone
 * looks impossible, yet the history never claimed that. So operations are never removed, only
 * <em>relaxed</em> — "happened as recorded, within its interval, or not at all". Every
 * linearization of the real history is one of the relaxed history, so a relaxed history that still
 * fails proves the real one fails. Steps:
 * <ol>
 *   <li>cut the partition at the earliest return event after which it fails (operations still
 *       running at the cut become open: a prefix of a linearizable history is linearizable);
 *   <li>relax the operations of that prefix one by one, in id order, keeping each relaxation that
 *       leaves the prefix failing.
 * </ol>
 * The operations not relaxed are the witness: alone they cannot be linearized, whatever the other
 * operations did; relaxing any one of them makes the prefix linearizable (1-minimal).
 */
final class FailureMinimizer<S, I, O> {
    private final Model<S, I, O> model;
    private final Budget budget;

    /** The earliest failing prefix and which of its operations must happen as recorded. */
    record Witness<I, O>(List<Operation<I, O>> prefix, boolean[] required) {
        List<Operation<I, O>> requiredOperations() {
            List<Operation<I, O>> ops = new ArrayList<>();
            for (int i = 0; i < prefix.size(); i++) {
                if (required[i]) {
                    ops.add(prefix.get(i));
                }
            }
            return ops;
        }
    }

    FailureMinimizer(Model<S, I, O> model, Budget budget) {
        this.model = model;
        this.budget = budget;
    }

    /** @param failing a partition known not to be linearizable */
    Witness<I, O> minimize(List<Operation<I, O>> failing) {
        List<Operation<I, O>> prefix = earliestFailingPrefix(failing);
        boolean[] relaxed = new boolean[prefix.size()];
        for (int i = 0; i < prefix.size(); i++) {
            relaxed[i] = true;
            if (fails(prefix, relaxed) != Verdict.NOT_LINEARIZABLE) {
                relaxed[i] = false; // needed to fail, or undecided within budget: keep it
            }
        }
        boolean[] required = new boolean[prefix.size()];
        for (int i = 0; i < required.length; i++) {
            required[i] = !relaxed[i];
        }
        return new Witness<>(prefix, required);
    }

    /** Verdict of {@code prefix} with the flagged operations relaxed. */
    Verdict fails(List<Operation<I, O>> prefix, boolean[] relaxed) {
        return LinearizabilityChecker.checkRelaxed(model, prefix, relaxed, budget);
    }

    /** Binary search over cut points: failing is monotone in the cut (prefix closure). */
    private List<Operation<I, O>> earliestFailingPrefix(List<Operation<I, O>> failing) {
        long[] cuts = failing.stream().filter(op -> !op.isOpen()).mapToLong(Operation::returnPosition)
                .sorted().distinct().toArray();
        int low = 0;
        int high = cuts.length; // cut "high" stands for the whole partition, known to fail
        while (low < high) {
            int mid = (low + high) >>> 1;
            List<Operation<I, O>> candidate = cut(failing, cuts[mid]);
            if (LinearizabilityChecker.checkRelaxed(model, candidate, null, budget) == Verdict.NOT_LINEARIZABLE) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return high == cuts.length ? failing : cut(failing, cuts[high]);
    }

    /** The history as seen at the return event at {@code position}: later calls dropped, later returns open. */
    static <I, O> List<Operation<I, O>> cut(List<Operation<I, O>> operations, long position) {
        List<Operation<I, O>> prefix = new ArrayList<>();
        for (Operation<I, O> op : operations) {
            if (op.callPosition() <= position) { // calls before returns at equal positions
                prefix.add(op.returnPosition() <= position ? op : op.asOpen());
            }
        }
        return prefix;
    }
}
