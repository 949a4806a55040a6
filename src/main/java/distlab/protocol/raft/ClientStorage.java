package distlab.protocol.raft;

/**
 * A Raft client's stable storage: its last request sequence number. It survives a client
 * crash so that a restarted client never reuses a number the servers' dedup table has seen.
 */
final class ClientStorage {
    private long lastSeq;

    long nextSeq() {
        return ++lastSeq;
    }
}
