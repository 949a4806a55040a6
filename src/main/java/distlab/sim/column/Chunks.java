package distlab.sim.column;

/**
 * Columns store a journal that only grows. They keep values in fixed-size chunks, so
 * growing never copies what is there and never leaves half an array unused: the
 * trace costs what it holds, a few dozen bytes per event. There is one column class per
 * primitive type because Java generics cannot hold primitives without boxing each value.
 */
final class Chunks {
    // 256 values: a snapshot shares the full chunks and a write copies only the one it touches
    // (copy on write), so small chunks keep checkpoints and explore's restores cheap; the chunk
    // table stays small even at millions of values.
    static final int SHIFT = 8;
    static final int SIZE = 1 << SHIFT;
    static final int MASK = SIZE - 1;

    private Chunks() {}

    static int chunk(int index) {
        return index >>> SHIFT;
    }

    static int offset(int index) {
        return index & MASK;
    }

    /**
     * Marks every chunk that holds values as shared and adds it to {@code keep}: a snapshot then
     * shares it rather than copying it, and a later write to it (a {@code set}, or an append to
     * the chunk being filled) copies the chunk first (copy on write). Returns the flags, grown.
     */
    static boolean[] share(Object[] chunks, boolean[] shared, int size, java.util.Set<Object> keep) {
        int full = chunk(size + SIZE - 1);
        if (shared.length < chunks.length) shared = java.util.Arrays.copyOf(shared, chunks.length);
        for (int c = 0; c < full; c++) {
            shared[c] = true;
            keep.add(chunks[c]);
        }
        return shared;
    }

    /** Whether chunk {@code c} is shared with a snapshot (and must be copied before a write). */
    static boolean isShared(boolean[] shared, int c) {
        return c < shared.length && shared[c];
    }

    /** Heap bytes of a column's allocated chunks and its chunk table (array headers included). */
    static long bytes(Object[] chunks, int elementBytes) {
        long total = ARRAY_HEADER + (long) chunks.length * REFERENCE;
        for (Object chunk : chunks) {
            if (chunk != null) total += ARRAY_HEADER + (long) SIZE * elementBytes;
        }
        return total;
    }

    /** Typical sizes on a 64-bit JVM with compressed references: an estimate, the same on every run. */
    static final int ARRAY_HEADER = 16;
    static final int REFERENCE = 4;
}
