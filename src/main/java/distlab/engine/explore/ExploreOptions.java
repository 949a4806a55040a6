package distlab.engine.explore;

/**
 * What {@code explore} searches (docs/commands.md, explore; its bounds in docs/limits.md).
 *
 * @param maxDepth    steps from the start at most
 * @param maxStates   distinct states at most; the search stops early there
 * @param crashes     how many crashes a schedule may contain (each crashed node may restart)
 * @param loss        whether any in-flight message may be lost
 * @param memoryBytes memory for the seen-set and the states' parents, in bytes
 */
public record ExploreOptions(int maxDepth, int maxStates, int crashes, boolean loss, long memoryBytes) {
    public static final int DEFAULT_STATES = 1_000_000;
    public static final int MAX_STATES = 100_000_000;
    public static final int MAX_CRASHES = 16;
    /** 256 MB: the seen-set and parents of about 10 million states, well inside a 2 GB heap. */
    public static final long MEMORY_BYTES = 256L << 20;

    public static ExploreOptions defaults() {
        return new ExploreOptions(Integer.MAX_VALUE, DEFAULT_STATES, 0, false, MEMORY_BYTES);
    }
}
