package distlab.check.linearizability;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Decides whether one partition is linearizable: Wing & Gong's depth-first search over the
 * history's call/return list, with Lowe's memoisation of (linearized set, state), as in
 * Porcupine's checkSingle. Extensions, none of which changes a verdict:
 * <ul>
 *   <li>nondeterministic models: a call may be linearized into any of its successor states, and
 *       backtracking tries the next one before moving on;
 *   <li>open operations are tried only after every closed candidate (a second pass over the
 *       candidates), since they can always wait;
 *   <li>open operations with equal inputs are linearized in call order (symmetry breaking);
 *   <li>the search succeeds once every closed operation is linearized: the open ones left may
 *       never have taken effect;
 *   <li>subsumption: (L, s) makes (L + o, s) redundant for an open operation o, since o may always
 *       be linearized later or never; so a configuration is skipped when the one without any single
 *       linearized open operation was visited.
 * </ul>
 */
final class WingGongSearch<S, I, O> {
    private static final long ZOBRIST_SEED = 0x5EED0F11E4L;
    private static final int CANCEL_POLL_MASK = (1 << 12) - 1;

    private final int n;
    private final EntryList entries;
    private final TransitionTable<S, I, O> transitions;
    private final boolean[] open;
    private final boolean anyOpen;
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
        this.open = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            open[i] = operations.get(i).isOpen();
            any |= open[i];
        }
        this.anyOpen = any;
        this.olderTwin = olderOpenTwins(operations, mayBeSkipped);
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
        int[] openLinearized = new int[n]; // the open ops on the stack, in stack order
        int openCount = 0;
        int closedLeft = 0;
        for (boolean isOpen : open) {
            closedLeft += isOpen ? 0 : 1;
        }

        int state = transitions.initialState();
        long hash = 0;
        int entry = entries.first();
        int firstChoice = 0;
        boolean openPass = false; // first pass: closed candidates; second pass: open ones
        steps = 0;
        while (closedLeft > 0) {
            if (++steps > maxSteps || ((steps & CANCEL_POLL_MASK) == 1 && budget.cancelled().getAsBoolean())) {
                return Verdict.UNKNOWN;
            }
            if (entries.isCall(entry)) {
                int op = entry;
                int twin = olderTwin[op];
                if (open[op] != openPass || (twin >= 0 && (linearized[twin >>> 6] & (1L << twin)) == 0)) {
                    entry = entries.next(entry);
                    continue;
                }
                int[] successors = transitions.next(op, state);
                int word = op >>> 6;
                long bit = 1L << op;
                linearized[word] |= bit;
                long newHash = hash ^ zobrist[op];
                int chosen = -1;
                for (int k = firstChoice; k < successors.length; k++) {
                    if (!(open[op] && successors[k] == state)
                            && !subsumed(cache, linearized, successors[k], newHash, zobrist, openLinearized, openCount)
                            && cache.add(linearized, successors[k], newHash)) {
                        chosen = k;
                        break;
                    }
                }
                firstChoice = 0;
                if (chosen >= 0) {
                    stackOp[depth] = op;
                    stackState[depth] = state;
                    stackChoice[depth] = chosen;
                    depth++;
                    state = successors[chosen];
                    hash = newHash;
                    if (open[op]) {
                        openLinearized[openCount++] = op;
                    } else {
                        closedLeft--;
                    }
                    entries.lift(op);
                    entry = entries.first();
                    openPass = false;
                } else {
                    linearized[word] &= ~bit;
                    entry = entries.next(entry);
                }
            } else if (anyOpen && !openPass) {
                // End of the closed candidates: now try the open ones.
                openPass = true;
                entry = entries.first();
            } else {
                // A return reached: its op cannot be linearized in time from here. Undo the last choice.
                if (depth == 0) {
                    return Verdict.NOT_LINEARIZABLE;
                }
                depth--;
                int op = stackOp[depth];
                state = stackState[depth];
                firstChoice = stackChoice[depth] + 1;
                linearized[op >>> 6] &= ~(1L << op);
                hash ^= zobrist[op];
                if (open[op]) {
                    openCount--;
                } else {
                    closedLeft++;
                }
                entries.unlift(op);
                entry = op;
                openPass = open[op];
            }
        }
        return Verdict.LINEARIZABLE;
    }

    /** Whether (linearized, state) minus one of its open operations was already visited. */
    private static boolean subsumed(SearchCache cache, long[] linearized, int state, long hash, long[] zobrist,
            int[] openLinearized, int openCount) {
        for (int i = 0; i < openCount; i++) {
            int o = openLinearized[i];
            int word = o >>> 6;
            long bit = 1L << o;
            linearized[word] &= ~bit;
            boolean visited = cache.contains(linearized, state, hash ^ zobrist[o]);
            linearized[word] |= bit;
            if (visited) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two open operations with equal inputs are interchangeable, except that the older one is
     * available sooner: any linearization can be rewritten to use such twins in call order. So an
     * open operation may only be linearized after its older twin, which prunes many subsets of
     * pending writes. (Skippable operations are left alone: they are not interchangeable.)
     */
    private static <I, O> int[] olderOpenTwins(List<Operation<I, O>> operations, boolean[] mayBeSkipped) {
        int[] twin = new int[operations.size()];
        Arrays.fill(twin, -1);
        Integer[] byCall = new Integer[operations.size()];
        for (int i = 0; i < byCall.length; i++) {
            byCall[i] = i;
        }
        Arrays.sort(byCall, Comparator.<Integer>comparingLong(i -> operations.get(i).callPosition())
                .thenComparingInt(i -> i));
        Map<I, Integer> youngestOpenWithInput = new HashMap<>(); // lookups only, never iterated
        for (int i : byCall) {
            Operation<I, O> op = operations.get(i);
            if (op.isOpen() && (mayBeSkipped == null || !mayBeSkipped[i])) {
                Integer older = youngestOpenWithInput.put(op.input(), i);
                twin[i] = older == null ? -1 : older;
            }
        }
        return twin;
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
