package distlab.protocol.client;

/**
 * The sequential object a protocol's client history is checked against for linearizability
 * ({@code check linearizable}, {@code cluster.linearizable}); NONE when it has no such check.
 */
public enum HistoryModel {
    /** A key-value store of registers: put, get and compare-and-set ({@link KvRequest}). */
    KEY_VALUE,
    NONE
}
