package distlab.check.linearizability;

import java.util.Arrays;

/**
 * The contents of a key-value store; a key that is absent holds none. Immutable, value-based.
 *
 * <p>Keys and values sit in two parallel arrays sorted by key: the search partitions histories
 * by key, so a state almost always holds one key, and a step copies two tiny arrays where a
 * sorted map would build a tree.
 */
public final class KvState {
    public static final KvState EMPTY = new KvState(new String[0], new String[0]);

    private final String[] keys;
    private final String[] values;
    private final int hash;

    private KvState(String[] keys, String[] values) {
        this.keys = keys;
        this.values = values;
        this.hash = 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }

    /** The value of {@code key}, or null for none. */
    public String get(String key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? values[i] : null;
    }

    public KvState with(String key, String value) {
        int i = Arrays.binarySearch(keys, key);
        if (i >= 0) {
            String[] v = values.clone();
            v[i] = value;
            return new KvState(keys, v);
        }
        int at = -i - 1;
        String[] k = new String[keys.length + 1];
        String[] v = new String[keys.length + 1];
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(values, 0, v, 0, at);
        k[at] = key;
        v[at] = value;
        System.arraycopy(keys, at, k, at + 1, keys.length - at);
        System.arraycopy(values, at, v, at + 1, keys.length - at);
        return new KvState(k, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KvState other && hash == other.hash && Arrays.equals(keys, other.keys) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** {@code {x=1, y=2}}, as a sorted map prints. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < keys.length; i++) out.append(i == 0 ? "" : ", ").append(keys[i]).append('=').append(values[i]);
        return out.append('}').toString();
    }
}
