package distlab.check.linearizability;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides whether one partition is linearizable: Wing & Gong's depth-first search over the
 * history's call/return list, with Lowe's memoisation of (linearized set, state), as in
 * Porcupine's checkSingle. Extended to nondeterministic models: a call entry may be linearized
 * into any of its successor states, and backtracking tries the next one before moving on.
 */
final class WingGongSearch<S, I, O> {
    private static final long ZOBRIST_SEED = 0x5EED_0F_11E4L;
    private static final int CANCEL_POLL_MASK = (1 << 12) - 1;

    private final int n;
    private final EntryList entries;
    private final TransitionTable<S, I, O> transitions;
    private final int[] olderTwin;
    private long steps;

    /**
     * @param operations the partition, in any order (ids need not be dense)
     * @param mayBeSkipped per operation: may also have no effect at all; null for none
     */
    WingGongSearch(Model<S, I, O> model, List<Operation<I, O>> operations, boolean[] mayBeSkipped) {
        this.n = operations.size();
        this.entries = new EntryList(operations);
        this.transitions = new TransitionTable<>(model, operations, mayBeSkipped);
        this.olderTwin = olderOpenTwins(operations, mayBeSkipped);
    }

    /**
     * Symmetry breaking for open operations. Two open operations with equal inputs are
     * interchangeable, except that the older one is available sooner; so any linearization can be
     * rewritten to use twins in call order, and the search only lets an open operation be
     * linearized after its older twin. This prunes many subsets of pending writes.
     */
    private static <I, O> int[] olderOpenTwins(List<Operation<I, O>> operations, boolean[] mayBeSkipped) {
        int[] twin = new int[operations.size()];
        java.util.Arrays.fill(twin, -1);
        java.util.Map<I, Integer> youngestOpenWithInput = new java.util.HashMap<>(); // lookups only
        Integer[] byCall = new Integer[operations.size()];
        for (int i = 0; i < byCall.length; i++) {
            byCall[i] = i;
        }
        java.util.Arrays.sort(byCall, java.util.Comparator.<Integer>comparingLong(
                i -> operations.get(i).callPosition()).thenComparingInt(i -> i));
        for (int i : byCall) {
            Operation<I, O> op = operations.get(i);
            if (op.isOpen() && (mayBeSkipped == null || !mayBeSkipped[i])) {
                Integer older = youngestOpenWithInput.put(op.input(), i);
                twin[i] = older == null ? -1 : older;
            }
        }
        return twin;
    }

    /** Search steps taken by the last {@link #run}. */
    long steps() {
        return steps;
    }

    Verdict run(Budget budget) {
        long maxSteps = budget.maxStepsPerPartition();
        int words = Math.max(1, (n + 63) >>> 6);
        long[] linearized = new long[words];
        long[] zobrist = zobristKeys(n);
        SearchCache cache = new SearchCache(words);
        // Backtracking stack: the op linearized, the state before it, the alternative taken.
        int[] stackOp = new int[n];
        int[] stackState = new int[n];
        int[] stackChoice = new int[n];
        int depth = 0;

        int state = transitions.initialState();
        long hash = 0;
        int entry = entries.first();
        int firstChoice = 0;
        steps = 0;
        while (!entries.isEmpty()) {
            if (++steps > maxSteps || ((steps & CANCEL_POLL_MASK) == 0 && budget.cancelled().getAsBoolean())) {
                return Verdict.UNKNOWN;
            }
            if (entries.isCall(entry)) {
                int op = entry;
                int twin = olderTwin[op];
                if (twin >= 0 && (linearized[twin >>> 6] & (1L << twin)) == 0) {
                    entry = entries.next(entry);
                    firstChoice = 0;
                    continue;
                }
                int[] successors = transitions.next(op, state);
                int word = op >>> 6;
                long bit = 1L << op;
                int chosen = -1;
                linearized[word] |= bit;
                long newHash = hash ^ zobrist[op];
                for (int k = firstChoice; k < successors.length; k++) {
                    if (cache.add(linearized, successors[k], newHash)) {
                        chosen = k;
                        break;
                    }
                }
                if (chosen >= 0) {
                    stackOp[depth] = op;
                    stackState[depth] = state;
                    stackChoice[depth] = chosen;
                    depth++;
                    state = successors[chosen];
                    hash = newHash;
                    entries.lift(op);
                    entry = entries.first();
                } else {
                    linearized[word] &= ~bit;
                    entry = entries.next(entry);
                }
                firstChoice = 0;
            } else {
                // A return entry reached: its op was not linearized in time. Undo the last choice.
                if (depth == 0) {
                    return Verdict.NOT_LINEARIZABLE;
                }
                depth--;
                int op = stackOp[depth];
                state = stackState[depth];
                firstChoice = stackChoice[depth] + 1;
                linearized[op >>> 6] &= ~(1L << op);
                hash ^= zobrist[op];
                entries.unlift(op);
                entry = op;
            }
        }
        return Verdict.LINEARIZABLE;
    }

    /** Fixed seed: hashing only affects speed, never the verdict or the search order. */
    private static long[] zobristKeys(int n) {
        SplittableRandom random = new SplittableRandom(ZOBRIST_SEED);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = random.nextLong();
        }
        return keys;
    }
}
