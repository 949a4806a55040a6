package distlab.check.linearizability;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The definition of linearizability, executed literally, for small histories: try every order of
 * the operations that respects real time (a before b when a returned before b was called); open
 * operations may also be left out. No memoisation, no cleverness: a reference for the checker.
 */
public final class BruteForceChecker {
    private BruteForceChecker() {}

    public static <S, I, O> boolean isLinearizable(Model<S, I, O> model, List<Operation<I, O>> history) {
        Set<S> initial = new LinkedHashSet<>(List.of(model.initialState()));
        return search(model, history, new boolean[history.size()], initial);
    }

    private static <S, I, O> boolean search(Model<S, I, O> model, List<Operation<I, O>> ops, boolean[] placed,
            Set<S> states) {
        boolean closedLeft = false;
        for (int i = 0; i < ops.size(); i++) {
            closedLeft |= !placed[i] && !ops.get(i).isOpen();
        }
        if (!closedLeft) {
            return true; // the open operations left never took effect
        }
        for (int i = 0; i < ops.size(); i++) {
            if (placed[i] || !mayGoNext(ops, placed, i)) {
                continue;
            }
            Set<S> after = new LinkedHashSet<>();
            for (S s : states) {
                Operation<I, O> op = ops.get(i);
                after.addAll(op.outcomeKnown() ? model.step(s, op.input(), op.output())
                        : model.stepWithUnknownOutcome(s, op.input()));
            }
            if (after.isEmpty()) {
                continue;
            }
            placed[i] = true;
            boolean ok = search(model, ops, placed, after);
            placed[i] = false;
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** No unplaced operation returned before op i was called. */
    private static <I, O> boolean mayGoNext(List<Operation<I, O>> ops, boolean[] placed, int i) {
        for (int j = 0; j < ops.size(); j++) {
            if (!placed[j] && j != i && ops.get(j).precedes(ops.get(i))) {
                return false;
            }
        }
        return true;
    }
}
