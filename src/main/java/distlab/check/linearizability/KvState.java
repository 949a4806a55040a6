package distlab.check.linearizability;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The contents of a key-value store; a key that is absent holds none. Immutable, value-based. */
public record KvState(SortedMap<String, String> values) {
    public static final KvState EMPTY = new KvState(new TreeMap<>());

    public KvState {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** The value of {@code key}, or null for none. */
    public String get(String key) {
        return values.get(key);
    }

    public KvState with(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new KvState(copy);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
