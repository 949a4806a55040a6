package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model, compiled for the search: states become dense ints (in order of discovery) and each
 * (operation, state) pair is stepped once, on first use, then read back. The hot loop works on
 * ints only, with no boxing and no calls into the model.
 *
 * <p>A step is encoded in one int: {@link #ILLEGAL}, a state id (the common, deterministic case),
 * or {@code -2 - i} for the i-th list of several successor states. Each operation remembers its
 * last (state, step) pair, since the search asks about the same pair again and again; other pairs
 * live in a hash table whose size counts against the {@link MemoryBudget}.
 */
final class TransitionTable<S, I, O> {
    static final int ILLEGAL = -1;
    /** Returned by {@link #next} when the memory budget is used up. */
    static final int NO_MEMORY = Integer.MIN_VALUE;

    private static final long BYTES_PER_STATE = 64;

    private final Model<S, I, O> model;
    private final List<Operation<I, O>> operations;
    private final boolean[] mayBeSkipped;
    private final MemoryBudget memory;
    private final Map<S, Integer> idOfState = new HashMap<>(); // lookups only, never iterated
    private final List<S> states = new ArrayList<>();
    private final List<int[]> multiple = new ArrayList<>();
    private final int[] lastState;
    private final int[] lastStep;
    private final LongIntTable steps;

    /**
     * @param mayBeSkipped per operation: also allow it to have no effect at all (used to relax
     *     operations while explaining a failure); may be null
     */
    TransitionTable(Model<S, I, O> model, List<Operation<I, O>> operations, boolean[] mayBeSkipped,
            MemoryBudget memory) {
        this.model = model;
        this.operations = operations;
        this.mayBeSkipped = mayBeSkipped;
        this.memory = memory;
        this.lastState = new int[operations.size()];
        this.lastStep = new int[operations.size()];
        Arrays.fill(lastState, -1);
        this.steps = new LongIntTable(memory);
        intern(model.initialState());
    }

    int initialState() {
        return 0;
    }

    /** The encoded step of {@code op} in {@code state}, or {@link #NO_MEMORY}. */
    int next(int op, int state) {
        if (lastState[op] == state) {
            return lastStep[op];
        }
        long key = ((long) op << 32) | state;
        int step = steps.get(key);
        if (step == LongIntTable.ABSENT) {
            step = compute(op, state);
            if (step == NO_MEMORY || !steps.put(key, step)) {
                return NO_MEMORY;
            }
        }
        lastState[op] = state;
        lastStep[op] = step;
        return step;
    }

    /** How many states the encoded step leads to. */
    int count(int step) {
        return step >= 0 ? 1 : step == ILLEGAL || step == NO_MEMORY ? 0 : multiple.get(-2 - step).length;
    }

    /** The k-th state the encoded step leads to, in the model's order. */
    int successor(int step, int k) {
        return step >= 0 ? step : multiple.get(-2 - step)[k];
    }

    int stateCount() {
        return states.size();
    }

    S state(int id) {
        return states.get(id);
    }

    private int compute(int op, int state) {
        Operation<I, O> operation = operations.get(op);
        S from = states.get(state);
        List<S> after = operation.outcomeKnown()
                ? model.step(from, operation.input(), operation.output())
                : model.stepWithUnknownOutcome(from, operation.input());
        int[] ids = new int[after.size() + 1];
        int count = 0;
        for (S s : after) {
            int id = intern(s);
            if (id == NO_MEMORY) {
                return NO_MEMORY;
            }
            if (!contains(ids, count, id)) {
                ids[count++] = id;
            }
        }
        if (mayBeSkipped != null && mayBeSkipped[op] && !contains(ids, count, state)) {
            ids[count++] = state;
        }
        if (count <= 1) {
            return count == 0 ? ILLEGAL : ids[0];
        }
        multiple.add(Arrays.copyOf(ids, count));
        return -2 - (multiple.size() - 1);
    }

    private static boolean contains(int[] ids, int count, int id) {
        for (int i = 0; i < count; i++) {
            if (ids[i] == id) {
                return true;
            }
        }
        return false;
    }

    private int intern(S state) {
        Integer known = idOfState.get(state);
        if (known != null) {
            return known;
        }
        if (!memory.reserve(BYTES_PER_STATE)) {
            return NO_MEMORY;
        }
        int id = states.size();
        states.add(state);
        idOfState.put(state, id);
        return id;
    }
}
