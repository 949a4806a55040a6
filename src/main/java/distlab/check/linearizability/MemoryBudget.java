package distlab.check.linearizability;

/**
 * Bytes that one search may hold in its tables (cache, transitions). Every table asks before it
 * grows, so a search ends with {@link Limit#MEMORY} instead of exhausting the heap. One search
 * runs on one thread: no synchronisation.
 */
final class MemoryBudget {
    private final long limit;
    private long used;

    MemoryBudget(long limit) {
        this.limit = limit;
    }

    /** Takes {@code bytes} if they fit; false, taking nothing, if they do not. */
    boolean reserve(long bytes) {
        if (used + bytes > limit) {
            return false;
        }
        used += bytes;
        return true;
    }

    void release(long bytes) {
        used -= bytes;
    }

    long used() {
        return used;
    }
}
