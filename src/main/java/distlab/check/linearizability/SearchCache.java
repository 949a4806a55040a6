package distlab.check.linearizability;

import java.util.Arrays;

/**
 * The set of search configurations already visited: (set of linearized operations, state).
 * Reaching one again cannot lead anywhere new (Lowe 2017, "memoisation"), which turns the
 * exponential Wing & Gong search into one bounded by the number of distinct configurations.
 *
 * <p>Open addressing over primitive arrays; bitsets are copied into one pool. The caller passes a
 * hash kept up to date incrementally (Zobrist hashing: xor of one random key per linearized op), so
 * adding costs O(words) only on a hit or an insert.
 */
final class SearchCache {
    private final int words;
    private long[] slotHash; // 0 = empty slot
    private int[] slotEntry;
    private int mask;
    private int size;
    private long[] bits;
    private int[] stateOf;

    SearchCache(int words) {
        this.words = words;
        int capacity = 1 << 10;
        this.slotHash = new long[capacity];
        this.slotEntry = new int[capacity];
        this.mask = capacity - 1;
        this.bits = new long[64 * words];
        this.stateOf = new int[64];
    }

    int size() {
        return size;
    }

    /** Adds (linearized, state) unless present; true when it was new. */
    boolean add(long[] linearized, int state, long linearizedHash) {
        long hash = mix(linearizedHash ^ (state * 0x9E3779B97F4A7C15L));
        if (hash == 0) {
            hash = 1;
        }
        int slot = (int) hash & mask;
        while (true) {
            long h = slotHash[slot];
            if (h == 0) {
                break;
            }
            if (h == hash && sameEntry(slotEntry[slot], linearized, state)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        int entry = append(linearized, state);
        slotHash[slot] = hash;
        slotEntry[slot] = entry;
        if (2 * size > slotHash.length) {
            grow();
        }
        return true;
    }

    private boolean sameEntry(int entry, long[] linearized, int state) {
        if (stateOf[entry] != state) {
            return false;
        }
        int base = entry * words;
        for (int w = 0; w < words; w++) {
            if (bits[base + w] != linearized[w]) {
                return false;
            }
        }
        return true;
    }

    private int append(long[] linearized, int state) {
        int entry = size++;
        if (entry == stateOf.length) {
            stateOf = Arrays.copyOf(stateOf, entry * 2);
            bits = Arrays.copyOf(bits, entry * 2 * words);
        }
        stateOf[entry] = state;
        System.arraycopy(linearized, 0, bits, entry * words, words);
        return entry;
    }

    private void grow() {
        long[] oldHash = slotHash;
        int[] oldEntry = slotEntry;
        slotHash = new long[oldHash.length * 2];
        slotEntry = new int[oldHash.length * 2];
        mask = slotHash.length - 1;
        for (int i = 0; i < oldHash.length; i++) {
            if (oldHash[i] != 0) {
                int slot = (int) oldHash[i] & mask;
                while (slotHash[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slotHash[slot] = oldHash[i];
                slotEntry[slot] = oldEntry[i];
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
