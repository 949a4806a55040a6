package distlab.protocol.crdt;

/**
 * A replica's CRDT state, kept in the node's stable storage: like data on disk, it survives
 * crash and restart. (A replica that forgot its state would, worse than losing updates,
 * reuse its own counter entries and version-vector slots.) States are immutable; only the
 * reference changes, on a local update or when a received state is merged in.
 */
final class Replica<S extends CrdtState<S>> {
    private S state;

    Replica(S initial) {
        this.state = initial;
    }

    S state() {
        return state;
    }

    void replace(S next) {
        state = next;
    }

    void mergeIn(S received) {
        state = state.merge(received);
    }
}
