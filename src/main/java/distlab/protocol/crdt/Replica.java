package distlab.protocol.crdt;

/**
 * A replica's CRDT state, kept in the node's stable storage: like data on disk, it survives
 * crash and restart. (A replica that forgot its state would, worse than losing updates,
 * reuse its own counter entries and version-vector slots.) States are immutable; only the
 * reference changes, on a local update or when a received state is merged in. With
 * {@code replication=op} the replica's {@link OpStream} is stored with it: the operations it
 * delivered are part of its durable state.
 */
final class Replica<S extends CrdtState<S>> {
    private S state;
    private OpStream stream;

    Replica(S initial, OpStream stream) {
        this.state = initial;
        this.stream = stream;
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

    OpStream stream() {
        return stream;
    }

    /** A fresh stream for another delivery setting, allowed only before any update. */
    void replaceStream(OpStream fresh) {
        stream = fresh;
    }
}
