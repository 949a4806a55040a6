package distlab.protocol.twopc;

import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A participant's durable state (lecture 7.1): its key-value store, the transactions it is
 * prepared for (their writes and participants, logged before it votes yes, so the promise
 * survives a crash) and the outcome of each transaction it decided. How it votes ({@code vote
 * NODE yes|no}) is kept here too.
 */
final class ParticipantLog {
    /** A yes vote's promise: the writes it will make if told to commit, and who else takes part. */
    record Prepared(Map<String, String> writes, List<NodeId> participants) {
        Prepared {
            writes = new TreeMap<>(writes);
            participants = List.copyOf(participants);
        }
    }

    private final Map<String, String> kv = new TreeMap<>();
    private final Map<Integer, Prepared> prepared = new TreeMap<>();
    private final Map<Integer, Outcome> decided = new TreeMap<>();
    private boolean votesYes = true;

    Map<String, String> kv() { return kv; }

    Prepared prepared(int txn) { return prepared.get(txn); }

    /** The transactions prepared and not yet decided, in op order. */
    List<Integer> inDoubt() { return new ArrayList<>(prepared.keySet()); }

    void prepare(int txn, Prepared promise) { prepared.put(txn, promise); }

    /** The outcome applied here, or null. */
    Outcome outcome(int txn) { return decided.get(txn); }

    /** Every transaction decided here, in op order. */
    Map<Integer, Outcome> outcomes() { return decided; }

    /** Applies an outcome: the writes on commit; either way the promise is discharged. */
    void decide(int txn, Outcome outcome) {
        Prepared p = prepared.remove(txn);
        if (outcome == Outcome.COMMIT && p != null) kv.putAll(p.writes());
        decided.put(txn, outcome);
    }

    boolean votesYes() { return votesYes; }

    void votesYes(boolean yes) { votesYes = yes; }
}
