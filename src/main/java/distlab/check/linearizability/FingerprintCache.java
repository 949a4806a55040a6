package distlab.check.linearizability;

/**
 * The search configurations already visited, (set of linearized operations, state), each kept as
 * a 128-bit fingerprint (Lowe 2017 memoisation; fingerprints as in model checkers such as TLC).
 * An entry is 16 bytes whatever the length of the history, where a copied bitset would grow
 * with it.
 *
 * <p>The fingerprint is maintained incrementally by the search (Zobrist hashing: the xor of two
 * random 64-bit keys per linearized operation, and an injective mix of the state). Two different
 * configurations share a fingerprint with probability 2^-127; among the at most 2^28 entries a
 * memory budget allows, the chance of any clash is below 2^-72. A clash could only make the
 * search skip a configuration, so it can never turn a non-linearizable history into
 * "linearizable" (docs/history-checker.md, "Soundness").
 *
 * <p>Open addressing with linear probing, two longs per slot, at most half full.
 */
final class FingerprintCache {
    static final int ADDED = 1;
    static final int PRESENT = 0;
    static final int FULL = -1;

    private static final int INITIAL_SLOTS = 1 << 6;
    private static final long BYTES_PER_SLOT = 16;

    private final MemoryBudget memory;
    private long[] table; // per slot: hi, lo; (0, 0) marks an empty slot
    private int mask;
    private int size;

    /** @param expected entries expected (a hint: the table starts that big if the budget allows, and grows) */
    FingerprintCache(MemoryBudget memory, int expected) {
        this.memory = memory;
        int slots = Math.max(INITIAL_SLOTS, Integer.highestOneBit(Math.min(Math.max(expected, 1), 1 << 22)) * 4);
        while (slots > 16 && !memory.reserve(slots * BYTES_PER_SLOT)) {
            slots /= 4;
        }
        this.table = new long[2 * slots];
        this.mask = slots - 1;
    }

    /** {@link #ADDED}, {@link #PRESENT}, or {@link #FULL} when growing would break the memory budget. */
    int add(long hi, long lo) {
        if (hi == 0 && lo == 0) {
            lo = 1;
        }
        int slot = find(hi, lo);
        if (table[2 * slot] == hi && table[2 * slot + 1] == lo) {
            return PRESENT;
        }
        if (2 * (size + 1) > mask + 1) {
            if (!grow()) {
                return FULL;
            }
            slot = find(hi, lo);
        }
        table[2 * slot] = hi;
        table[2 * slot + 1] = lo;
        size++;
        return ADDED;
    }

    boolean contains(long hi, long lo) {
        if (hi == 0 && lo == 0) {
            lo = 1;
        }
        int slot = find(hi, lo);
        return table[2 * slot] == hi && table[2 * slot + 1] == lo;
    }

    int size() {
        return size;
    }

    /** The slot holding (hi, lo), or the empty slot where it would go. */
    private int find(long hi, long lo) {
        long[] t = table;
        int slot = (int) (hi ^ (hi >>> 32)) & mask;
        while (true) {
            long h = t[2 * slot];
            long l = t[2 * slot + 1];
            if ((h == hi && l == lo) || (h == 0 && l == 0)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean grow() {
        long slots = 2L * (mask + 1);
        if (slots > (1 << 29) || !memory.reserve(slots * BYTES_PER_SLOT)) {
            return false;
        }
        long[] old = table;
        int oldSlots = mask + 1;
        table = new long[(int) (2 * slots)];
        mask = (int) slots - 1;
        for (int i = 0; i < oldSlots; i++) {
            long h = old[2 * i];
            long l = old[2 * i + 1];
            if (h != 0 || l != 0) {
                int slot = find(h, l);
                table[2 * slot] = h;
                table[2 * slot + 1] = l;
            }
        }
        memory.release(oldSlots * BYTES_PER_SLOT);
        return true;
    }
}
