package distlab.check.linearizability;

import java.util.Arrays;

/**
 * A map from non-negative longs to ints in two primitive arrays (open addressing, linear
 * probing, at most half full), whose growth asks a {@link MemoryBudget} first.
 */
final class LongIntTable {
    static final int ABSENT = Integer.MIN_VALUE + 1;

    private static final long EMPTY = -1L;
    private static final long BYTES_PER_SLOT = 12;

    private final MemoryBudget memory;
    private long[] keys;
    private int[] values;
    private int mask;
    private int size;

    LongIntTable(MemoryBudget memory) {
        this.memory = memory;
        allocate(memory.reserve(32 * BYTES_PER_SLOT) ? 32 : 16);
    }

    int get(long key) {
        int slot = find(key);
        return keys[slot] == key ? values[slot] : ABSENT;
    }

    /** False, storing nothing, when growing would break the memory budget. */
    boolean put(long key, int value) {
        int slot = find(key);
        if (keys[slot] == key) {
            values[slot] = value;
            return true;
        }
        if (2 * (size + 1) > keys.length) {
            if (keys.length >= (1 << 29) || !memory.reserve(2L * keys.length * BYTES_PER_SLOT)) {
                return false;
            }
            long[] oldKeys = keys;
            int[] oldValues = values;
            allocate(2 * oldKeys.length);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int s = find(oldKeys[i]);
                    keys[s] = oldKeys[i];
                    values[s] = oldValues[i];
                }
            }
            memory.release(oldKeys.length * BYTES_PER_SLOT);
            slot = find(key);
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
        return true;
    }

    private void allocate(int slots) {
        keys = new long[slots];
        values = new int[slots];
        Arrays.fill(keys, EMPTY);
        mask = slots - 1;
    }

    private int find(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (z ^ (z >>> 32)) & mask;
        while (keys[slot] != key && keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
