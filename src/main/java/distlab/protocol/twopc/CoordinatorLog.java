package distlab.protocol.twopc;

import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The coordinator's durable log (lecture 7.1): the transactions it began, and each decision,
 * written before the decision is sent. It survives a crash, so a restarted coordinator can resend
 * what it decided and abort what it never decided.
 */
final class CoordinatorLog {
    /** A transaction the coordinator began: who asked for it, and what it writes where. */
    record Begun(int txn, NodeId client, Transaction transaction) {}

    private final Map<Integer, Begun> begun = new TreeMap<>();
    private final Map<Integer, Outcome> decisions = new TreeMap<>();

    void begin(int txn, NodeId client, Transaction transaction) {
        begun.put(txn, new Begun(txn, client, transaction));
    }

    boolean knows(int txn) {
        return begun.containsKey(txn);
    }

    Begun begun(int txn) {
        return begun.get(txn);
    }

    /** Every transaction begun, in op order. */
    List<Begun> all() {
        return new ArrayList<>(begun.values());
    }

    /** The logged decision, or null. */
    Outcome decision(int txn) {
        return decisions.get(txn);
    }

    void decide(int txn, Outcome outcome) {
        decisions.putIfAbsent(txn, outcome);
    }
}
