package distlab.sim;

/**
 * A limit on everything (TigerBeetle's rule): a session never grows or runs without bound,
 * and hitting a limit is a clear error, not a hang or an out-of-memory crash. Every limit
 * and its message is listed in docs/limits.md.
 *
 * @param maxNodes            server nodes (spawn)
 * @param maxClients          client nodes (c1, c2, ...), counted apart from the servers
 * @param maxTraceEntries     trace entries (events and notes)
 * @param maxTraceBytes       memory for the trace, the message table and the event queue, in bytes
 * @param maxEventsPerCommand events one command (run, advance, step) may process
 * @param maxPayloadChars     characters in a message payload or a local event's label
 */
public record Limits(int maxNodes, int maxClients, int maxTraceEntries, long maxTraceBytes, int maxEventsPerCommand,
        int maxPayloadChars) {
    /** 512 MB of trace is millions of events at any node count, and leaves room in a 2 GB heap. */
    public static final long DEFAULT_TRACE_BYTES = 512L << 20;
    public static final Limits DEFAULT = new Limits(256, 256, 4_000_000, DEFAULT_TRACE_BYTES, 4_000_000, 200);

    /** For benchmarks that record long traces on purpose. */
    public static Limits withTrace(int maxTraceEntries) {
        return new Limits(DEFAULT.maxNodes, DEFAULT.maxClients, maxTraceEntries, Long.MAX_VALUE, Integer.MAX_VALUE,
                DEFAULT.maxPayloadChars);
    }
}
