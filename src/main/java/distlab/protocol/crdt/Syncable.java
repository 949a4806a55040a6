package distlab.protocol.crdt;

import distlab.sim.node.NodeId;
import java.util.List;

/**
 * Replicas that {@code sync} and {@code gossip} work on: the CRDTs (a state, or with
 * {@code replication=op} the delivered operations) and the text CRDT (its delivered
 * operations).
 */
public interface Syncable {
    /** {@code from} sends what it has to {@code to} as one message; returns its number. */
    int sync(NodeId from, NodeId to);

    /** Every up replica syncs to every other, in node order; returns the messages sent. */
    List<Integer> gossip();
}
