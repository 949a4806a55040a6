package distlab.check.linearizability;

import java.util.Objects;

/** What was asked of a key-value store: put KEY VALUE, get KEY, cas KEY OLD NEW, append KEY VALUE. */
public sealed interface KvOp {

    /** The key the operation is about; the store is partitioned by it. */
    String key();

    record Put(String key, String value) implements KvOp {
        public Put {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    record Get(String key) implements KvOp {
        public Get {
            Objects.requireNonNull(key, "key");
        }
    }

    /** Sets {@code replacement} if {@code key} holds {@code expected}; answers ok or fail. */
    record Cas(String key, String expected, String replacement) implements KvOp {
        public Cas {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(replacement, "replacement");
        }
    }

    /** Adds {@code value} to the end of the key's text (Porcupine's key-value test model). */
    record Append(String key, String value) implements KvOp {
        public Append {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    static KvOp put(String key, String value) {
        return new Put(key, value);
    }

    static KvOp get(String key) {
        return new Get(key);
    }

    static KvOp cas(String key, String expected, String replacement) {
        return new Cas(key, expected, replacement);
    }

    static KvOp append(String key, String value) {
        return new Append(key, value);
    }
}
