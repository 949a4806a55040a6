package distlab.protocol.ot;

/**
 * What the two ends of a client-server link send each other (Jupiter, Nichols et al. 1995).
 * {@code toString} is what the event list and the diagram print.
 */
public sealed interface OtMessage {
    /**
     * An edit, number {@code number} of its sender on this link, made after the sender had
     * processed {@code seen} of the other end's edits: the pair that places it in the link's
     * two-dimensional state space, so the receiver knows which of its own edits it missed.
     */
    record Edit(TextOp op, int number, int seen) implements OtMessage {
        @Override public String toString() { return op.describe() + " #" + number + " seen=" + seen; }
    }

    /**
     * The sender has processed {@code received} of the receiver's edits, so the receiver may stop
     * resending them, once it has itself processed the {@code sent} edits the sender had sent by
     * then: an ack that overtakes an earlier edit must not drop the receiver's edits that edit
     * has still to be transformed against.
     */
    record Ack(int received, int sent) implements OtMessage {
        @Override public String toString() { return "ack " + received + " sent=" + sent; }
    }
}
