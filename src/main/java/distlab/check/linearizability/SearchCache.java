package distlab.check.linearizability;

/**
 * The set of search configurations already visited: (set of linearized operations, state).
 * Reaching one again cannot lead anywhere new (Lowe 2017, "memoisation"), which turns the
 * exponential Wing & Gong search into one bounded by the number of distinct configurations.
 *
 * <p>Open addressing in one primitive array; each slot holds hash, state and bitset side by side,
 * so a probe touches one cache line for histories of up to a few hundred operations. The caller
 * passes a hash kept up to date incrementally (Zobrist hashing: xor of one random key per
 * linearized op), so adding costs O(words) only on a hit or an insert.
 */
final class SearchCache {
    private static final int HASH = 0;
    private static final int STATE = 1;
    private static final int BITS = 2;

    private final int words;
    private final int stride;
    private long[] slots; // per slot: hash (0 = empty), state, bitset words
    private int capacity;
    private int size;

    SearchCache(int words) {
        this.words = words;
        this.stride = words + BITS;
        this.capacity = 1 << 10;
        this.slots = new long[capacity * stride];
    }

    /** Adds (linearized, state) unless present; true when it was new. */
    boolean add(long[] linearized, int state, long linearizedHash) {
        long hash = hash(state, linearizedHash);
        int base = probe(linearized, state, hash);
        if (base >= 0) {
            return false;
        }
        base = -base - 1;
        slots[base + HASH] = hash;
        slots[base + STATE] = state;
        System.arraycopy(linearized, 0, slots, base + BITS, words);
        if (2 * ++size > capacity) {
            grow();
        }
        return true;
    }

    /** True when (linearized, state) was added before. */
    boolean contains(long[] linearized, int state, long linearizedHash) {
        return probe(linearized, state, hash(state, linearizedHash)) >= 0;
    }

    /** Never 0, which marks an empty slot. */
    private static long hash(int state, long linearizedHash) {
        long hash = mix(linearizedHash ^ (state * 0x9E3779B97F4A7C15L));
        return hash == 0 ? 1 : hash;
    }

    /**
     * Linear probing: the start of the slot holding (linearized, state), or {@code -(start + 1)}
     * of the empty slot where it would go.
     */
    private int probe(long[] linearized, int state, long hash) {
        long[] table = slots;
        int mask = capacity - 1;
        int slot = (int) hash & mask;
        while (true) {
            int base = slot * stride;
            long h = table[base + HASH];
            if (h == 0) {
                return -base - 1;
            }
            if (h == hash && table[base + STATE] == state && sameBits(table, base + BITS, linearized)) {
                return base;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean sameBits(long[] table, int from, long[] linearized) {
        for (int w = 0; w < words; w++) {
            if (table[from + w] != linearized[w]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        int oldCapacity = capacity;
        capacity *= 2;
        slots = new long[capacity * stride];
        int mask = capacity - 1;
        for (int i = 0; i < oldCapacity; i++) {
            long h = old[i * stride + HASH];
            if (h != 0) {
                int slot = (int) h & mask;
                while (slots[slot * stride + HASH] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, i * stride, slots, slot * stride, stride);
            }
        }
    }

    /** Final mix of SplitMix64, so that low bits (the slot) depend on all bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
