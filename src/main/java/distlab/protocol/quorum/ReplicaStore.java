package distlab.protocol.quorum;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A replica's key-value store, with a timestamp per key. It is the replica's stable storage
 * (like a disk): it survives crash and restart, so a restarted replica still holds what it
 * acknowledged, which the quorum-overlap argument of lecture 5.2 relies on.
 */
public final class ReplicaStore {
    /** A replica holds at most this many keys. */
    public static final int MAX_KEYS = 10_000;

    private final Map<String, Versioned> entries = new TreeMap<>();

    /** The stored version of KEY, or null if never written. */
    public Versioned get(String key) {
        return entries.get(key);
    }

    /**
     * Lecture 5.1/5.2: keep the value only if its timestamp is greater than the stored one, so
     * replicas converge whatever the delivery order, and a duplicate or old write changes nothing.
     * Returns whether the value was stored.
     */
    public boolean offer(String key, Versioned v) {
        Versioned old = entries.get(key);
        if (!Timestamp.newer(v.ts(), Versioned.tsOf(old))) return false;
        if (old == null && entries.size() >= MAX_KEYS) return false;
        entries.put(key, v);
        return true;
    }

    /** Keys in sorted order. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** Every entry, by key. */
    public Map<String, Versioned> entries() {
        return Collections.unmodifiableMap(entries);
    }
}
