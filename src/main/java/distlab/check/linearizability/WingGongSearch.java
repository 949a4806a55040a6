package distlab.check.linearizability;

import java.util.List;

/**
 * Decides whether one partition is linearizable: Wing & Gong's depth-first search over the
 * history's call/return list, with Lowe's memoisation of (linearized set, state), as in
 * Porcupine's checkSingle. Extensions, none of which changes a verdict:
 * <ul>
 *   <li>the memo holds 128-bit fingerprints ({@link FingerprintCache}), kept up to date in O(1)
 *       per step, so neither time per step nor memory per entry grows with the history;
 *   <li>nondeterministic models: a call may be linearized into any of its successor states, and
 *       backtracking tries the next one before moving on;
 *   <li>open operations are kept out of the list: at each point they are tried after the closed
 *       candidates, one per class of equal inputs ({@link OpenOperations}: equal open operations
 *       are linearized in call order, a symmetry breaking), so a history that piles up thousands
 *       of them costs no more per step; one that leaves the state as it is is never taken (it
 *       could only remove options);
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
    private static final int POLL_MASK = (1 << 12) - 1;
    /** Open operations on the stack looked at by the subsumption test: the newest few are what repeats. */
    private static final int SUBSUMPTION_WINDOW = 2;
    /** ... and only if they were taken at most this many levels ago. */
    private static final int SUBSUMPTION_DEPTH = 4;
    /** Arrays of the search proper, per operation (stack, list, keys, flags). */
    private static final long BYTES_PER_OPERATION = 96;
    private static final int NO_MEMORY = -2;
    /** Outcomes of {@link #advance}, besides {@link #NO_MEMORY}. */
    private static final int GO = 0;
    private static final int FAILED = 1;
    /** Open classes examined as helpers of one closed op: enough for the few values a read may want. */
    private static final int HELPERS_LOOKED_AT = 64;

    private final int n;
    private final Model<S, I, O> model;
    private final List<Operation<I, O>> operations;
    private final boolean[] mayBeSkipped;
    private final boolean[] open;
    private long steps;
    private Limit limit;
    // The search in progress (one run at a time).
    private TransitionTable<S, I, O> transitions;
    private FingerprintCache cache;
    private long[] keyHi;
    private long[] keyLo;
    private EntryList entries;
    private OpenOperations opens;
    private long[] returnPosition;
    private int closedLeft;
    // Backtracking stack: the op linearized, the state before it, the alternative taken, and for
    // an open op its class, the closed op it was taken to help (else -1) and the first return
    // position it was chosen under.
    private int[] stackOp;
    private int[] stackState;
    private int[] stackChoice;
    private int[] stackClass;
    private int[] stackHelped;
    private long[] stackFirstReturn;
    // Where the search stands: the entry looked at, the first alternative to try there, whether
    // the closed candidates are done (then the open ones, class by class), the next class to try
    // as a helper of the closed op at entry, and the first return of the list.
    private int entry;
    private int firstChoice;
    private boolean openPhase;
    private int openClass;
    private int helperClass;
    private long firstReturn;
    private int[] openOnStack; // the open ops on the stack, in stack order
    private int[] openDepth;   // the stack depth at which each of them was taken
    private int openCount;
    private int depth;
    private int state;
    private long hi; // fingerprint of the linearized set
    private long lo;

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
        boolean[] closed = new boolean[n];
        returnPosition = new long[n];
        closedLeft = 0;
        for (int i = 0; i < n; i++) {
            closed[i] = !open[i];
            closedLeft += closed[i] ? 1 : 0;
            returnPosition[i] = operations.get(i).returnPosition();
        }
        entries = new EntryList(operations, closed);
        opens = new OpenOperations(operations);
        transitions = new TransitionTable<>(model, operations, mayBeSkipped, memory);
        cache = new FingerprintCache(memory, n); // about one configuration per operation when linearizable
        keyHi = new long[n];
        keyLo = new long[n];
        FingerprintKeys.fill(keyHi, keyLo);
        stackOp = new int[n];
        stackState = new int[n];
        stackChoice = new int[n];
        stackClass = new int[n];
        stackHelped = new int[n];
        stackFirstReturn = new long[n];
        depth = 0;
        openOnStack = new int[n];
        openDepth = new int[n];
        openCount = 0;

        long maxSteps = budget.maxStepsPerPartition();
        state = transitions.initialState();
        hi = 0;
        lo = 0;
        entry = entries.first();
        firstChoice = 0;
        openPhase = false;
        openClass = 0;
        helperClass = 0;
        firstReturn = 0;
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
            int outcome = advance();
            if (outcome == FAILED) {
                return Verdict.NOT_LINEARIZABLE;
            }
            if (outcome == NO_MEMORY) {
                return stop(Limit.MEMORY);
            }
        }
        return Verdict.LINEARIZABLE;
    }

    /**
     * One step of the search: one candidate looked at, or one choice undone. A method of its own
     * (not the body of {@link #run}'s loop) so that the JIT compiles it after a few thousand
     * steps, rather than waiting for on-stack replacement in every run.
     */
    private int advance() {
        int op;
        if (!openPhase) {
            if (!entries.isCall(entry)) {
                // The first return: the closed candidates are done; now the open ones called before it.
                firstReturn = returnPosition[entry - n];
                openPhase = true;
                openClass = 0;
                firstChoice = 0;
                return GO;
            }
            op = entry;
        } else if (openClass < opens.classes()) {
            op = opens.candidate(openClass, firstReturn);
            if (op < 0) {
                openClass++;
                return GO;
            }
        } else {
            // Nothing can be linearized next in time from here. Undo the last choice.
            if (depth == 0) {
                return FAILED;
            }
            depth--;
            op = stackOp[depth];
            state = stackState[depth];
            firstChoice = stackChoice[depth] + 1;
            toggle(op);
            if (open[op]) {
                opens.putBack(stackClass[depth]);
                openCount--;
                if (stackHelped[depth] >= 0) {
                    openPhase = false; // back to the closed op it helped; try the next helper
                    entry = stackHelped[depth];
                    helperClass = stackClass[depth] + 1;
                    firstChoice = 0;
                    return GO;
                }
                openPhase = true;
                openClass = stackClass[depth];
                firstReturn = stackFirstReturn[depth];
            } else {
                closedLeft++;
                entries.unlift(op);
                entry = op;
                openPhase = false;
                helperClass = 0;
            }
            return GO;
        }
        int chosen = choose(op, firstChoice);
        firstChoice = 0;
        int helped = -1;
        int opClass = openClass;
        if (chosen == -1 && !openPhase && opens.classes() > 0) {
            // An open op that makes this closed one possible is worth trying now, not only last.
            int helper = helper(opens, op, helperClass, firstReturn(entries, entry, returnPosition));
            if (helper >= 0) {
                helped = op;
                opClass = helper;
                op = opens.candidate(helper, Long.MAX_VALUE);
                chosen = choose(op, 0);
                helperClass = helper + 1;
                if (chosen == -1) {
                    return GO; // visited already; look for the next helper of the same closed op
                }
            }
        }
        if (chosen == NO_MEMORY) {
            return NO_MEMORY;
        }
        if (chosen < 0) {
            if (openPhase) {
                openClass++;
            } else {
                entry = entries.next(entry);
                helperClass = 0;
            }
            return GO;
        }
        stackOp[depth] = op;
        stackState[depth] = state;
        stackChoice[depth] = chosen;
        stackClass[depth] = open[op] ? opClass : -1;
        stackHelped[depth] = helped;
        stackFirstReturn[depth] = firstReturn;
        depth++;
        state = transitions.successor(transitions.next(op, state), chosen);
        toggle(op);
        helperClass = 0;
        if (open[op]) {
            opens.take(opClass);
            openDepth[openCount] = depth;
            openOnStack[openCount++] = op;
        } else {
            closedLeft--;
            entries.lift(op);
        }
        entry = entries.first();
        openPhase = false;
        return GO;
    }

    /**
     * The first class from {@code from} on whose candidate, called before {@code firstReturn},
     * would make the closed {@code op} possible right after it; -1 if none among the first few
     * looked at. Only an order heuristic: the open phase still tries every class.
     */
    private int helper(OpenOperations opens, int op, int from, long firstReturn) {
        if (transitions.count(transitions.next(op, state)) != 0) {
            return -1; // op is possible as it is: it was refused for being visited, not for the state
        }
        int looked = 0;
        for (int c = from; c < opens.classes() && looked < HELPERS_LOOKED_AT; c++) {
            int o = opens.candidate(c, firstReturn);
            if (o < 0) {
                continue;
            }
            looked++;
            int step = transitions.next(o, state);
            for (int k = 0; k < transitions.count(step); k++) {
                int after = transitions.successor(step, k);
                if (after != state && after >= 0 && transitions.count(transitions.next(op, after)) > 0) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** The position of the first return at or after {@code entry} in the list. */
    private long firstReturn(EntryList entries, int entry, long[] returnPosition) {
        while (entries.isCall(entry)) {
            entry = entries.next(entry);
        }
        return returnPosition[entry - n];
    }

    /** Adds {@code op} to the linearized set's fingerprint, or removes it (xor is its own inverse). */
    private void toggle(int op) {
        hi ^= keyHi[op];
        lo ^= keyLo[op];
    }

    /**
     * The first alternative from {@code firstChoice} on that linearizes {@code op} into a
     * configuration not visited (and not subsumed by one visited), added to the cache; -1 if
     * none; {@link #NO_MEMORY} if the tables hit the memory budget.
     */
    private int choose(int op, int firstChoice) {
        int step = transitions.next(op, state);
        if (step == TransitionTable.NO_MEMORY) {
            return NO_MEMORY;
        }
        long newHi = hi ^ keyHi[op];
        long newLo = lo ^ keyLo[op];
        int count = transitions.count(step);
        for (int k = firstChoice; k < count; k++) {
            int next = transitions.successor(step, k);
            if (open[op] && next == state) {
                continue; // taking it changes nothing now and only removes it from later
            }
            if (open[op] && cache.contains(hi ^ FingerprintKeys.stateHi(next), lo ^ FingerprintKeys.stateLo(next))) {
                continue; // (L, next) was visited: it subsumes (L + op, next)
            }
            long fpHi = newHi ^ FingerprintKeys.stateHi(next);
            long fpLo = newLo ^ FingerprintKeys.stateLo(next);
            if (subsumed(fpHi, fpLo)) {
                continue;
            }
            int added = cache.add(fpHi, fpLo);
            if (added == FingerprintCache.FULL) {
                return NO_MEMORY;
            }
            if (added == FingerprintCache.ADDED) {
                return k;
            }
        }
        return -1;
    }

    private Verdict stop(Limit reason) {
        limit = reason;
        return Verdict.UNKNOWN;
    }

    /**
     * Whether the configuration without one of the newest open operations on the stack was
     * visited. Only those taken in the last few levels are looked at: the configuration without
     * one taken long ago is almost never met, and every look is a cache miss.
     */
    private boolean subsumed(long fpHi, long fpLo) {
        for (int i = openCount - 1; i >= Math.max(0, openCount - SUBSUMPTION_WINDOW); i--) {
            if (depth - openDepth[i] > SUBSUMPTION_DEPTH) {
                break;
            }
            int o = openOnStack[i];
            if (cache.contains(fpHi ^ keyHi[o], fpLo ^ keyLo[o])) {
                return true;
            }
        }
        return false;
    }
}
