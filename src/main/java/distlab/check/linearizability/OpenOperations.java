package distlab.check.linearizability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open operations of a partition (never returned: they may take effect at any point after
 * their call, or never), grouped into classes of equal inputs. Two open operations with equal
 * inputs are interchangeable, except that the older one is available sooner, so any
 * linearization can be rewritten to use each class in call order: only the oldest open
 * operation of a class not yet linearized is a candidate. The search therefore looks at one
 * operation per class, however many open operations a history piles up.
 */
final class OpenOperations {
    private final int[][] members; // per class: op indices by call position
    private final int[] taken;     // per class: how many of its members are linearized (a prefix)
    private final long[] call;     // per op: call position

    <I, O> OpenOperations(List<Operation<I, O>> operations) {
        int n = operations.size();
        call = new long[n];
        List<Integer> openOps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            call[i] = operations.get(i).callPosition();
            if (operations.get(i).isOpen()) {
                openOps.add(i);
            }
        }
        openOps.sort(Comparator.<Integer>comparingLong(i -> call[i]).thenComparingInt(i -> i));
        Map<I, Integer> classOfInput = new HashMap<>(); // lookups only, never iterated
        List<List<Integer>> classes = new ArrayList<>();
        for (int i : openOps) {
            Operation<I, O> op = operations.get(i);
            if (op.isOpen()) {
                int c = classOfInput.computeIfAbsent(op.input(), in -> {
                    classes.add(new ArrayList<>());
                    return classes.size() - 1;
                });
                classes.get(c).add(i);
            }
        }
        members = new int[classes.size()][];
        for (int c = 0; c < members.length; c++) {
            members[c] = classes.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        taken = new int[members.length];
    }

    int classes() {
        return members.length;
    }

    /** The class's candidate if it was called at or before {@code position}; -1 otherwise. */
    int candidate(int c, long position) {
        if (taken[c] == members[c].length) {
            return -1;
        }
        int op = members[c][taken[c]];
        return call[op] <= position ? op : -1;
    }

    /** The candidate of class {@code c} was linearized. */
    void take(int c) {
        taken[c]++;
    }

    /** Undoes the last {@link #take} of class {@code c}. */
    void putBack(int c) {
        taken[c]--;
    }
}
