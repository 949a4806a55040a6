package distlab.protocol.quorum;

/**
 * The messages of the quorum protocol (lecture 5.2; ABD for write-back). Requests from a client
 * carry the op number so that replies to an op that has already finished can be recognised
 * and ignored. A replica answers each request at once with exactly one reply.
 */
public sealed interface QuorumMessage {
    /** Client → replica: store (KEY, VALUE, timestamp) if newer than what you hold. */
    record Write(int op, String key, String value, Timestamp ts) implements QuorumMessage {
        @Override public String toString() { return "write " + key + "=" + value + "@" + ts + " op" + op; }
    }

    /** Client → replica: ABD's second phase of a read, the newest value written back. */
    record WriteBack(int op, String key, String value, Timestamp ts) implements QuorumMessage {
        @Override public String toString() { return "writeback " + key + "=" + value + "@" + ts + " op" + op; }
    }

    /** Replica → client: a write or write-back arrived; {@code stored} is what the replica now holds. */
    record Ack(int op, String key, Timestamp stored) implements QuorumMessage {
        @Override public String toString() { return "ack " + key + "@" + stored + " op" + op; }
    }

    /** Client → replica: what do you hold for KEY? */
    record Read(int op, String key) implements QuorumMessage {
        @Override public String toString() { return "read " + key + " op" + op; }
    }

    /** Replica → client: its value and timestamp for KEY ({@code null}: never written). */
    record ReadReply(int op, String key, Versioned stored) implements QuorumMessage {
        @Override public String toString() { return "value " + key + "=" + Versioned.show(stored) + " op" + op; }
    }

    /** Client → replica: read repair, the newest value a read saw; fire and forget. */
    record Repair(String key, String value, Timestamp ts) implements QuorumMessage {
        @Override public String toString() { return "repair " + key + "=" + value + "@" + ts; }
    }
}
