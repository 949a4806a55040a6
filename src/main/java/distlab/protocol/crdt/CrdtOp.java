package distlab.protocol.crdt;

import distlab.sim.node.NodeId;
import java.util.Objects;

/**
 * An operation of op-based replication (lecture 7.3): the update a replica made, prepared at
 * that replica from its state, and broadcast for every replica to apply. {@code stamp} is the
 * stamp of the update's local event; {@code context} is what the source saw that the operation
 * needs downstream (an OR-set remove's observed tags, an MV register write's version vector),
 * or null. Printed as {@code label}, e.g. {@code remove milk {1:n1}}.
 */
public record CrdtOp(NodeId origin, Update update, Stamp stamp, Object context, String label) {
    public CrdtOp {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public String toString() {
        return label;
    }
}
