package distlab.protocol.crdt;

import distlab.sim.snapshot.Immutable;

/**
 * The state of one replica of a state-based CRDT (Shapiro et al. 2011, "CvRDT"). States are
 * immutable: an update returns a new state, so a message that carries a state carries a
 * snapshot of the moment it was sent. {@link #merge} is the join of a semilattice:
 * commutative, associative and idempotent, which is why replicas converge whatever order,
 * and however often, they receive each other's states. Being immutable, a snapshot shares them.
 */
public interface CrdtState<S extends CrdtState<S>> extends Immutable {
    /** The least upper bound of this state and another replica's. */
    S merge(S other);

    /** How many entries (replicas, elements, tags, siblings) the state holds: its size. */
    int size();
}
