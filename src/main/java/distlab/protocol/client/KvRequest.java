package distlab.protocol.client;

/**
 * A request to a replicated key-value store (quorum, raft): put, get or compare-and-set. Its
 * history is judged against a single-copy key-value store ({@link HistoryModel#KEY_VALUE}).
 */
public sealed interface KvRequest extends Request {
    record Put(String key, String value) implements KvRequest {
        public String verb() { return "put"; }
        public String describe() { return "put " + key + " " + value; }
    }

    record Get(String key) implements KvRequest {
        public String verb() { return "get"; }
        public String describe() { return "get " + key; }
    }

    /** Sets {@code replacement} if the key holds {@code expected}; else fails with a mismatch. */
    record Cas(String key, String expected, String replacement) implements KvRequest {
        public String verb() { return "cas"; }
        public String describe() { return "cas " + key + " " + expected + " " + replacement; }
    }
}
