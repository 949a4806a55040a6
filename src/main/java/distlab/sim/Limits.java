package distlab.sim;

/**
 * A limit on everything (TigerBeetle's rule): a session never grows or runs without bound,
 * and hitting a limit is a clear error, not a hang or an out-of-memory crash.
 */
public record Limits(int maxNodes, int maxTraceEntries, int maxEventsPerCommand, int maxPayloadChars) {
    public static final Limits DEFAULT = new Limits(256, 4_000_000, 4_000_000, 200);

    /** For benchmarks that record long traces on purpose. */
    public static Limits withTrace(int maxTraceEntries) {
        return new Limits(DEFAULT.maxNodes, maxTraceEntries, Integer.MAX_VALUE, DEFAULT.maxPayloadChars);
    }
}
