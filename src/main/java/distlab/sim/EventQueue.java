package distlab.sim;

import java.util.Arrays;

/**
 * Scheduled deliveries and timers, ordered by (time, insertion sequence) so that ties
 * break the same way on every run. A binary heap over parallel primitive arrays: no
 * allocation per event. Each entry carries a {@code ref}: a message number (> 0) or a
 * negated timer id (< 0).
 */
final class EventQueue {
    private long[] times = new long[64];
    private long[] seqs = new long[64];
    private long[] refs = new long[64];
    private int size;
    private long nextSeq;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(long time, long ref) {
        if (size == times.length) {
            int n = size * 2;
            times = Arrays.copyOf(times, n);
            seqs = Arrays.copyOf(seqs, n);
            refs = Arrays.copyOf(refs, n);
        }
        int i = size++;
        long seq = nextSeq++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(time, seq, parent)) break;
            move(parent, i);
            i = parent;
        }
        times[i] = time;
        seqs[i] = seq;
        refs[i] = ref;
    }

    /** Time of the earliest entry; only valid when not empty. */
    long peekTime() {
        return times[0];
    }

    long peekRef() {
        return refs[0];
    }

    /** Removes the earliest entry and returns its ref. */
    long pop() {
        long ref = refs[0];
        int last = --size;
        if (last > 0) siftDown(times[last], seqs[last], refs[last]);
        return ref;
    }

    private void siftDown(long time, long seq, long ref) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(times[right], seqs[right], child)) child = right;
            if (!lessThan(times[child], seqs[child], time, seq)) break;
            move(child, i);
            i = child;
        }
        times[i] = time;
        seqs[i] = seq;
        refs[i] = ref;
    }

    private boolean before(long time, long seq, int slot) {
        return lessThan(time, seq, times[slot], seqs[slot]);
    }

    private static boolean lessThan(long t1, long s1, long t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        seqs[to] = seqs[from];
        refs[to] = refs[from];
    }

    void clear() {
        size = 0;
    }

    /** Heap bytes of the three arrays (the next growth doubles them). */
    long bytes() {
        return 3L * (16 + 8L * times.length);
    }
}
