package distlab.protocol.quorum;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the session remembers about quorum ops beyond the history: the timestamp each put wrote
 * and the timestamp of the version each get returned. The stale-read marks are computed from it.
 * It belongs to the module (one per session), not to a client, so a client crash keeps it.
 */
final class QuorumLedger {
    private final Map<Integer, Timestamp> written = new TreeMap<>();
    private final Map<Integer, Timestamp> returned = new TreeMap<>();

    void wrote(int op, Timestamp ts) {
        written.put(op, ts);
    }

    /** A get returned the version with this timestamp (null: it read none). */
    void returned(int op, Timestamp ts) {
        returned.put(op, ts);
    }

    Timestamp written(int op) {
        return written.get(op);
    }

    Timestamp returned(int op) {
        return returned.get(op);
    }
}
