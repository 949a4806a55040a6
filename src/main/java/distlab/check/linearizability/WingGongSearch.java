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
 *   <li>the memo holds 128-bit fingerprints ({@link FingerprintCache}), kept up to date in O(1)
 *       per step, so neither time per step nor memory per entry grows with the history;
 *   <li>nondeterministic models: a call may be linearized into any of its successor states, and
 *       backtracking tries the next one before moving on;
 *   <li>open operations are tried where their call stands in the list, like any other call, so
 *       one that some later read depends on is taken in time; one that leaves the state as it is
 *       is never taken (it could only remove options);
 *   <li>open operations with equal inputs are linearized in call order (symmetry breaking);
 *   <li>the search succeeds once every closed operation is linearized: the open ones left may
 *       never have taken effect;
 *   <li>subsumption: (L, s) makes (L + o, s) redundant for an open operation o, since o may always
 *       be linearized later or never; so a configuration is skipped when the one without the
 *       operation just taken, or without one of the last few open operations taken, was visited.
 * </ul>
 * Every table counts against a {@link MemoryBudget}: the search answers UNKNOWN with
 * {@link Limit#MEMORY} rather than run out of heap.
 */
final class WingGongSearch<S, I, O> {
    private static final long ZOBRIST_SEED = 0x5EED0F11E4L;
    private static final int POLL_MASK = (1 << 12) - 1;
    /** Open operations on the stack looked at by the subsumption test: the newest few are what repeats. */
    private static final int SUBSUMPTION_WINDOW = 8;
    /** Arrays of the search proper, per operation (stack, list, keys, flags). */
    private static final long BYTES_PER_OPERATION = 80;

    private final int n;
    private final Model<S, I, O> model;
    private final List<Operation<I, O>> operations;
    private final boolean[] mayBeSkipped;
    private final boolean[] open;
    private long steps;
    private Limit limit;

    /**
     * @param operations the partition, in any order (ids need not be dense)
     * @param mayBeSkipped per operation: may also have no effect at all; null for none
     */
    WingGongSearch(Model<S, I, O> model, List<Operation<I, O>> operations, boolean[] mayBeSkipped) {
        this.n = operations.size();
        this.model = model;
        this.operations = operations;
        this.mayBeSkipped = mayBeSkipped;
        this.open = new boolean[n];
        for (int i = 0; i < n; i++) {
            open[i] = operations.get(i).isOpen();
        }
    }

    /** Search steps taken by the last {@link #run}. */
    long steps() {
        return steps;
    }

    /** Why the last {@link #run} answered UNKNOWN; null if it did not. */
    Limit limit() {
        return limit;
    }

    Verdict run(Budget budget, long maxBytes) {
        steps = 0;
        limit = null;
        MemoryBudget memory = new MemoryBudget(maxBytes);
        if (!memory.reserve(BYTES_PER_OPERATION * n)) {
            return stop(Limit.MEMORY);
        }
        EntryList entries = new EntryList(operations);
        int[] olderTwin = olderOpenTwins(operations, mayBeSkipped);
        TransitionTable<S, I, O> transitions = new TransitionTable<>(model, operations, mayBeSkipped, memory);
        FingerprintCache cache = new FingerprintCache(memory);
        long[] keyHi = new long[n];
        long[] keyLo = new long[n];
        zobristKeys(keyHi, keyLo);
        boolean[] linearized = new boolean[n];
        // Backtracking stack: the op linearized, the state before it, the alternative taken.
        int[] stackOp = new int[n];
        int[] stackState = new int[n];
        int[] stackChoice = new int[n];
        int depth = 0;
        int[] openOnStack = new int[n]; // the open ops on the stack, in stack order
        int openCount = 0;
        int closedLeft = 0;
        for (boolean isOpen : open) {
            closedLeft += isOpen ? 0 : 1;
        }

        long maxSteps = budget.maxStepsPerPartition();
        int state = transitions.initialState();
        long hi = 0;
        long lo = 0;
        int entry = entries.first();
        int firstChoice = 0;
        while (closedLeft > 0) {
            if (++steps > maxSteps) {
                return stop(Limit.STEPS);
            }
            if ((steps & POLL_MASK) == 0) {
                budget.progress().accept(POLL_MASK + 1);
                if (budget.cancelled().getAsBoolean()) {
                    return stop(Limit.CANCELLED);
                }
            }
            if (entries.isCall(entry)) {
                int op = entry;
                int twin = olderTwin[op];
                if (twin >= 0 && !linearized[twin]) {
                    entry = entries.next(entry);
                    continue;
                }
                int step = transitions.next(op, state);
                if (step == TransitionTable.NO_MEMORY) {
                    return stop(Limit.MEMORY);
                }
                long newHi = hi ^ keyHi[op];
                long newLo = lo ^ keyLo[op];
                int chosen = -1;
                int count = transitions.count(step);
                for (int k = firstChoice; k < count && chosen < 0; k++) {
                    int next = transitions.successor(step, k);
                    if (open[op] && next == state) {
                        continue; // taking it changes nothing now and only removes it from later
                    }
                    long fpHi = newHi ^ mixHi(next);
                    long fpLo = newLo ^ mixLo(next);
                    if (open[op] && cache.contains(hi ^ mixHi(next), lo ^ mixLo(next))) {
                        continue; // (L, next) was visited: it subsumes (L + op, next)
                    }
                    if (subsumed(cache, fpHi, fpLo, keyHi, keyLo, openOnStack, openCount)) {
                        continue;
                    }
                    int added = cache.add(fpHi, fpLo);
                    if (added == FingerprintCache.FULL) {
                        return stop(Limit.MEMORY);
                    }
                    if (added == FingerprintCache.ADDED) {
                        chosen = k;
                    }
                }
                firstChoice = 0;
                if (chosen >= 0) {
                    stackOp[depth] = op;
                    stackState[depth] = state;
                    stackChoice[depth] = chosen;
                    depth++;
                    state = transitions.successor(step, chosen);
                    hi = newHi;
                    lo = newLo;
                    linearized[op] = true;
                    if (open[op]) {
                        openOnStack[openCount++] = op;
                    } else {
                        closedLeft--;
                    }
                    entries.lift(op);
                    entry = entries.first();
                } else {
                    entry = entries.next(entry);
                }
            } else {
                // A return reached: its op cannot be linearized in time from here. Undo the last choice.
                if (depth == 0) {
                    return Verdict.NOT_LINEARIZABLE;
                }
                depth--;
                int op = stackOp[depth];
                state = stackState[depth];
                firstChoice = stackChoice[depth] + 1;
                linearized[op] = false;
                hi ^= keyHi[op];
                lo ^= keyLo[op];
                if (open[op]) {
                    openCount--;
                } else {
                    closedLeft++;
                }
                entries.unlift(op);
                entry = op;
            }
        }
        return Verdict.LINEARIZABLE;
    }

    private Verdict stop(Limit reason) {
        limit = reason;
        return Verdict.UNKNOWN;
    }

    /** Whether the configuration without one of the newest open operations on the stack was visited. */
    private static boolean subsumed(FingerprintCache cache, long hi, long lo, long[] keyHi, long[] keyLo,
            int[] openOnStack, int openCount) {
        for (int i = openCount - 1; i >= Math.max(0, openCount - SUBSUMPTION_WINDOW); i--) {
            int o = openOnStack[i];
            if (cache.contains(hi ^ keyHi[o], lo ^ keyLo[o])) {
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
    private static void zobristKeys(long[] hi, long[] lo) {
        SplittableRandom random = new SplittableRandom(ZOBRIST_SEED);
        for (int i = 0; i < hi.length; i++) {
            hi[i] = random.nextLong();
            lo[i] = random.nextLong();
        }
    }

    /** Injective in the state (a bijection of 64-bit words), so different states never share a term. */
    private static long mixHi(int state) {
        long z = state + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long mixLo(int state) {
        long z = state + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
