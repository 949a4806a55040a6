package distlab.check.linearizability;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The history as a doubly linked list of call and return entries in position order, kept in int
 * arrays (Wing & Gong 1993; layout as in Porcupine's checker.go). Entry {@code op} is the call of
 * operation {@code op}, entry {@code n + op} its return, entry {@code 2n} the list head.
 * Linearizing an operation lifts both of its entries out of the list; backtracking puts them back.
 */
final class EntryList {
    static final int NIL = -1;

    private final int operationCount;
    private final int head;
    private final int[] prev;
    private final int[] next;

    EntryList(List<? extends Operation<?, ?>> operations) {
        int n = operations.size();
        this.operationCount = n;
        this.head = 2 * n;
        this.prev = new int[2 * n + 1];
        this.next = new int[2 * n + 1];
        int last = head;
        for (int e : tryOrder(operations)) {
            next[last] = e;
            prev[e] = last;
            last = e;
        }
        next[last] = NIL;
        prev[head] = NIL;
    }

    /**
     * Entries by position; calls before returns at equal positions (the permissive reading).
     * Within each run of consecutive calls, the order is free: the search may linearize any call
     * that precedes the first remaining return, so reordering inside a run changes only which
     * candidate is tried first, never the verdict. Closed operations go first, earliest return
     * first, so that open ones (which may always wait) are linearized only when needed.
     */
    private static int[] tryOrder(List<? extends Operation<?, ?>> operations) {
        int n = operations.size();
        Integer[] order = new Integer[2 * n];
        for (int e = 0; e < 2 * n; e++) {
            order[e] = e;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(e -> position(operations, e, n))
                .thenComparingInt(e -> e < n ? 0 : 1)
                .thenComparingInt(e -> e % n));
        int[] result = new int[2 * n];
        int runStart = 0;
        for (int i = 0; i <= 2 * n; i++) {
            if (i == 2 * n || order[i] >= n) {
                Arrays.sort(order, runStart, i, Comparator.<Integer>comparingLong(
                        e -> operations.get(e).returnPosition()).thenComparingInt(e -> e));
                runStart = i + 1;
            }
        }
        for (int i = 0; i < 2 * n; i++) {
            result[i] = order[i];
        }
        return result;
    }

    private static long position(List<? extends Operation<?, ?>> operations, int entry, int n) {
        Operation<?, ?> op = operations.get(entry % n);
        return entry < n ? op.callPosition() : op.returnPosition();
    }

    int first() {
        return next[head];
    }

    int next(int entry) {
        return next[entry];
    }

    boolean isCall(int entry) {
        return entry < operationCount;
    }

    /** Removes the call entry of {@code op} and its return entry. */
    void lift(int op) {
        int ret = op + operationCount;
        next[prev[op]] = next[op];
        prev[next[op]] = prev[op]; // a call is always followed by at least its own return
        next[prev[ret]] = next[ret];
        if (next[ret] != NIL) {
            prev[next[ret]] = prev[ret];
        }
    }

    /** Undoes {@link #lift}; entries keep their old neighbours, so the last lift is undone first. */
    void unlift(int op) {
        int ret = op + operationCount;
        next[prev[ret]] = ret;
        if (next[ret] != NIL) {
            prev[next[ret]] = ret;
        }
        next[prev[op]] = op;
        prev[next[op]] = op;
    }
}
