package distlab.protocol.raft;

import distlab.protocol.client.KvRequest;
import distlab.sim.node.NodeId;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The replicated key-value store: every node applies committed entries to it in log order
 * (state machine replication, lecture 5.3). Deterministic, so equal logs give equal stores.
 *
 * <p>Deduplication (lectures 1.3 and 5.1: a retried request must take effect once): it keeps
 * each client's highest applied sequence number and that op's outcome. A copy of the same
 * request (a client retry that reached the log twice) returns the remembered outcome without
 * applying again, and an older request is ignored. This table is derived from the log, so
 * it is rebuilt like the store when a restarted node re-applies its committed entries.
 */
public final class KvStateMachine {
    /** Answer to {@code cas} on a key that holds no value. */
    public static final String NO_SUCH_KEY = "no such key";
    public static final String CAS_MISMATCH = "cas mismatch";

    /** A client's last applied request; updated in place, one per client. */
    private static final class Session {
        long seq;
        Outcome outcome;
    }

    /** Looked up by key; {@link #data()} hands out a sorted copy, so hash order never reaches output. */
    private final Map<String, String> data = new HashMap<>();
    /** By client node index: the last applied request of each client. */
    private Session[] sessions = new Session[8];

    /** Applies one committed command; returns its outcome, or null for a stale duplicate. */
    public Outcome apply(Command command) {
        if (command.hasClient()) {
            Session last = session(command.client());
            if (last != null && command.seq() <= last.seq) {
                return command.seq() == last.seq ? last.outcome : null;
            }
        }
        Outcome outcome = execute(command);
        if (command.hasClient()) {
            int i = command.client().index();
            if (i >= sessions.length) sessions = Arrays.copyOf(sessions, Math.max(i + 1, sessions.length * 2));
            if (sessions[i] == null) sessions[i] = new Session();
            sessions[i].seq = command.seq();
            sessions[i].outcome = outcome;
        }
        return outcome;
    }

    /** The outcome of this client's request if it was already applied (a retry), else null. */
    public Outcome appliedOutcome(Command command) {
        if (!command.hasClient()) return null;
        Session last = session(command.client());
        return last != null && last.seq == command.seq() ? last.outcome : null;
    }

    /** True if the client has since moved on to a later request: this one is stale. */
    public boolean isStale(Command command) {
        if (!command.hasClient()) return false;
        Session last = session(command.client());
        return last != null && command.seq() < last.seq;
    }

    private Session session(NodeId client) {
        return client.index() < sessions.length ? sessions[client.index()] : null;
    }

    private Outcome execute(Command c) {
        KvRequest request = c.request();
        if (request instanceof KvRequest.Put put) {
            data.put(put.key(), put.value());
            return Outcome.OK;
        }
        if (request instanceof KvRequest.Get get) return Outcome.read(data.getOrDefault(get.key(), "none"));
        if (request instanceof KvRequest.Cas cas) {
            String current = data.get(cas.key());
            if (current == null) return Outcome.failed(NO_SUCH_KEY);
            if (!current.equals(cas.expected())) return Outcome.failed(CAS_MISMATCH);
            data.put(cas.key(), cas.replacement());
            return Outcome.OK;
        }
        return Outcome.OK; // noop
    }

    /** The value of a key, or null. */
    public String get(String key) {
        return data.get(key);
    }

    /** The whole store, in key order. */
    public Map<String, String> data() {
        return Collections.unmodifiableMap(new TreeMap<>(data));
    }
}
