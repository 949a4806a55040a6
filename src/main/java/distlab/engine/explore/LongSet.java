package distlab.engine.explore;

/**
 * The fingerprints of the states {@code explore} has seen: an open-addressing hash set of
 * 64-bit values in one long array (linear probing), 8 bytes a slot and no object per state.
 * It doubles when three quarters full, so it holds 10.7 to 21.3 bytes per state.
 */
final class LongSet {
    /** Stands for the fingerprint 0, since an empty slot holds 0. */
    private static final long ZERO = 0x8000_0000_0000_0001L;

    private long[] slots;
    private int size;

    LongSet(int initialCapacity) {
        int n = 16;
        while (n < initialCapacity) n <<= 1;
        slots = new long[n];
    }

    /** Adds a fingerprint; false if it was there already. */
    boolean add(long value) {
        long v = value == 0 ? ZERO : value;
        if (size * 4L >= slots.length * 3L) grow();
        return insert(slots, v);
    }

    private boolean insert(long[] table, long v) {
        int mask = table.length - 1;
        int i = (int) (v ^ (v >>> 32)) & mask;
        while (true) {
            long s = table[i];
            if (s == 0) {
                table[i] = v;
                if (table == slots) size++;
                return true;
            }
            if (s == v) return false;
            i = (i + 1) & mask;
        }
    }

    boolean contains(long value) {
        long v = value == 0 ? ZERO : value;
        int mask = slots.length - 1;
        int i = (int) (v ^ (v >>> 32)) & mask;
        while (true) {
            long s = slots[i];
            if (s == 0) return false;
            if (s == v) return true;
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long s : slots) if (s != 0) insert(bigger, s);
        slots = bigger;
    }

    int size() {
        return size;
    }

    /** Heap bytes of the table, and of the next one while it grows. */
    long bytes() {
        return 16 + 8L * slots.length;
    }
}
