package distlab.protocol.crdt;

/**
 * A replica's whole state, sent by {@code sync} and {@code gossip}. The state is immutable, so
 * the message carries a snapshot of the moment it was sent; the receiver merges it.
 */
public record StateMessage(CrdtState<?> state) {
    /** {@code state {n1:1 n2:2}}, as message views print it. */
    @Override
    public String toString() {
        return "state " + state;
    }
}
