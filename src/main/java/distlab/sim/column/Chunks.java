package distlab.sim.column;

/**
 * Columns store a journal that only grows. They keep values in fixed-size chunks, so
 * growing never copies what is there and never leaves half an array unused: the
 * trace costs what it holds, a few dozen bytes per event. There is one column class per
 * primitive type because Java generics cannot hold primitives without boxing each value.
 */
final class Chunks {
    static final int SHIFT = 14;
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
     * The length to give a chunk that must hold {@code needed} values: a column's first chunk
     * starts small and doubles up to {@link #SIZE}, so a short journal is cheap to hold and to
     * copy (explore copies a session's state for every state it searches).
     */
    static int grown(int current, int needed) {
        return Math.min(SIZE, Math.max(needed, Math.max(64, current * 2)));
    }

    /** Heap bytes of a column's allocated chunks and its chunk table (array headers included). */
    static long bytes(Object[] chunks, int elementBytes) {
        long total = ARRAY_HEADER + (long) chunks.length * REFERENCE;
        for (Object chunk : chunks) {
            if (chunk != null) total += ARRAY_HEADER + (long) java.lang.reflect.Array.getLength(chunk) * elementBytes;
        }
        return total;
    }

    /** Typical sizes on a 64-bit JVM with compressed references: an estimate, the same on every run. */
    static final int ARRAY_HEADER = 16;
    static final int REFERENCE = 4;
}
