package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model, compiled for the search: states become dense ints (in order of discovery) and each
 * (operation, state) pair is stepped once, on first use, then read from a table. The hot loop
 * then works on ints only, with no boxing and no calls into the model.
 */
final class TransitionTable<S, I, O> {
    private static final int[] NONE = new int[0];

    private final Model<S, I, O> model;
    private final List<Operation<I, O>> operations;
    private final boolean[] mayBeSkipped;
    private final Map<S, Integer> idOfState = new HashMap<>();
    private final List<S> states = new ArrayList<>();
    /** next[op][state] = states after op in state; null until computed; NONE when illegal. */
    private final int[][][] next;

    /**
     * @param mayBeSkipped per operation: also allow it to have no effect at all (used to relax
     *     operations while explaining a failure); may be null
     */
    TransitionTable(Model<S, I, O> model, List<Operation<I, O>> operations, boolean[] mayBeSkipped) {
        this.model = model;
        this.operations = operations;
        this.mayBeSkipped = mayBeSkipped;
        this.next = new int[operations.size()][][];
        for (int op = 0; op < next.length; op++) {
            next[op] = new int[4][];
        }
        intern(model.initialState());
    }

    int initialState() {
        return 0;
    }

    /** States reachable by linearizing {@code op} in {@code state}, in the model's order. */
    int[] next(int op, int state) {
        int[][] row = next[op];
        if (state < row.length) {
            int[] known = row[state];
            if (known != null) {
                return known;
            }
        } else {
            row = Arrays.copyOf(row, Math.max(state + 1, row.length * 2));
            next[op] = row;
        }
        int[] computed = compute(op, state);
        row[state] = computed;
        return computed;
    }

    private int[] compute(int op, int state) {
        Operation<I, O> operation = operations.get(op);
        S from = states.get(state);
        List<S> after = operation.outcomeKnown()
                ? model.step(from, operation.input(), operation.output())
                : model.stepWithUnknownOutcome(from, operation.input());
        int[] ids = new int[after.size() + 1];
        int count = 0;
        for (S s : after) {
            int id = intern(s);
            if (!contains(ids, count, id)) {
                ids[count++] = id;
            }
        }
        if (mayBeSkipped != null && mayBeSkipped[op] && !contains(ids, count, state)) {
            ids[count++] = state;
        }
        return count == 0 ? NONE : Arrays.copyOf(ids, count);
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
        int id = states.size();
        states.add(state);
        idOfState.put(state, id);
        return id;
    }
}
