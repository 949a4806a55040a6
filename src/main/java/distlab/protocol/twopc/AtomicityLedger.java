package distlab.protocol.twopc;

import distlab.sim.node.NodeId;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lab's record, outside the nodes, of every outcome each participant applied, and the first
 * break of atomicity (lecture 7.1: a transaction committed at one participant and aborted at
 * another). A module-level object: a crash wipes nothing here.
 */
final class AtomicityLedger {
    private final Map<Integer, Map<NodeId, Outcome>> applied = new TreeMap<>();
    private String violation;

    void applied(NodeId node, int txn, Outcome outcome) {
        Map<NodeId, Outcome> at = applied.computeIfAbsent(txn, t -> new TreeMap<>());
        at.putIfAbsent(node, outcome);
        if (violation != null) return;
        for (Map.Entry<NodeId, Outcome> e : at.entrySet()) {
            if (e.getValue() != outcome) {
                NodeId committed = outcome == Outcome.COMMIT ? node : e.getKey();
                NodeId aborted = outcome == Outcome.COMMIT ? e.getKey() : node;
                violation = "op" + txn + " committed at " + committed + " but aborted at " + aborted;
                return;
            }
        }
    }

    /** The first transaction committed somewhere and aborted elsewhere, or null. */
    String violation() {
        return violation;
    }
}
