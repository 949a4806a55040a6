package distlab.check.linearizability;

import java.util.Arrays;
import java.util.List;

/**
 * The closed operations of a history as a doubly linked list of call and return entries in
 * position order, kept in int arrays (Wing & Gong 1993; layout as in Porcupine's checker.go).
 * Entry {@code op} is the call of operation {@code op}, entry {@code n + op} its return, entry
 * {@code 2n} the list head. Linearizing an operation lifts both of its entries out of the list;
 * backtracking puts them back. Open operations are not in the list: see {@link OpenOperations}.
 */
final class EntryList {
    static final int NIL = -1;
    private static final int OP_BITS = 23;
    private static final long OP_MASK = (1L << OP_BITS) - 1;

    private final int operationCount;
    private final int head;
    private final int[] prev;
    private final int[] next;

    EntryList(List<? extends Operation<?, ?>> operations) {
        this(operations, null);
    }

    /** @param included per operation: whether it is in the list; null for all */
    EntryList(List<? extends Operation<?, ?>> operations, boolean[] included) {
        int n = operations.size();
        this.operationCount = n;
        this.head = 2 * n;
        this.prev = new int[2 * n + 1];
        this.next = new int[2 * n + 1];
        int last = head;
        for (int e : tryOrder(operations)) {
            if (included != null && !included[e % n]) {
                continue;
            }
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
     * candidate is tried first, never the verdict: the earliest return goes first.
     */
    private static int[] tryOrder(List<? extends Operation<?, ?>> operations) {
        int n = operations.size();
        if (n >= 1 << OP_BITS) {
            throw new IllegalArgumentException("at most " + ((1 << OP_BITS) - 1) + " operations in one partition");
        }
        long[] call = new long[n];
        long[] ret = new long[n];
        long[] all = new long[2 * n];
        for (int i = 0; i < n; i++) {
            call[i] = operations.get(i).callPosition();
            ret[i] = operations.get(i).returnPosition();
            all[i] = call[i];
            all[n + i] = ret[i];
        }
        Arrays.sort(all);
        // Packed keys (rank of position, return after call, op) sort as longs: no boxing.
        long[] keys = new long[2 * n];
        for (int e = 0; e < 2 * n; e++) {
            int op = e % n;
            long rank = Arrays.binarySearch(all, e < n ? call[op] : ret[op]);
            keys[e] = (((rank << 1) | (e < n ? 0 : 1)) << OP_BITS) | op;
        }
        Arrays.sort(keys);
        int[] result = new int[2 * n];
        int runStart = 0;
        for (int i = 0; i <= 2 * n; i++) {
            boolean isReturn = i < 2 * n && ((keys[i] >>> OP_BITS) & 1) == 1;
            if (i == 2 * n || isReturn) {
                long[] run = new long[i - runStart]; // the calls before this return, by their return
                for (int k = runStart; k < i; k++) {
                    int op = (int) (keys[k] & OP_MASK);
                    run[k - runStart] = ((long) Arrays.binarySearch(all, ret[op]) << OP_BITS) | op;
                }
                Arrays.sort(run);
                for (int k = runStart; k < i; k++) {
                    result[k] = (int) (run[k - runStart] & OP_MASK);
                }
                if (i < 2 * n) {
                    result[i] = n + (int) (keys[i] & OP_MASK);
                }
                runStart = i + 1;
            }
        }
        return result;
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
