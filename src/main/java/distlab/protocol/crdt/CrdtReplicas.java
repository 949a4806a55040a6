package distlab.protocol.crdt;

import distlab.sim.node.NodeId;
import java.util.List;

/**
 * What the engine's CRDT commands (inc, dec, set, add, remove, sync, gossip) may ask of a
 * session's CRDT protocol, as put/get go through ClientProtocol: nothing of its internals.
 */
public interface CrdtReplicas {
    /** The protocol name: gcounter, pncounter, lwwreg, mvreg, lwwset or orset. */
    String name();

    /** Throws a LabException unless this type takes the update {@code verb} (inc, set, add...). */
    void checkTakes(String verb);

    /**
     * Replica {@code node} makes a local update, recorded as a local event; returns a note for
     * the user (or null). Throws a LabException, with nothing changed, when the update does
     * not fit this type or the replica cannot make it.
     */
    String update(NodeId node, Update update);

    /** {@code from} sends its whole state to {@code to} as a message; returns its number. */
    int sync(NodeId from, NodeId to);

    /** Every up replica syncs to every other, in node order; returns the messages sent. */
    List<Integer> gossip();
}
