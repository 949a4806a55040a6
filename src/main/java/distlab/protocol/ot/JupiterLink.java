package distlab.protocol.ot;

import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One end of a client-server link in Jupiter (Nichols et al. 1995): how many edits this end
 * has generated on the link and how many of the other end's it has processed, and its own edits
 * the other end may not have processed yet, each kept as it was sent (to resend it) and as it
 * has been transformed since (to transform incoming edits against it). Plain fields, so a
 * session snapshot copies it.
 */
final class JupiterLink {
    /** One of this end's edits that the other end has not acknowledged. */
    static final class Pending {
        final OtMessage.Edit sent;
        TextOp current;

        Pending(OtMessage.Edit sent) {
            this.sent = sent;
            this.current = sent.op();
        }
    }

    final NodeId peer;
    /** Edits this end has generated on the link (Jupiter's myMsgs). */
    int generated;
    /** Edits of the other end this end has processed (Jupiter's otherMsgs). */
    int received;
    /** This end's edits the other end may not have processed, oldest first. */
    final List<Pending> outgoing = new ArrayList<>();
    /** Edits that arrived before an earlier one (the network reorders): held until their turn. */
    final TreeMap<Integer, OtMessage.Edit> early = new TreeMap<>();
    /** The pending resend timer's id, or 0. */
    long resendTimer;
    /** An ack that arrived before edits the other end had sent first, applied once they are processed; or null. */
    OtMessage.Ack deferredAck;

    JupiterLink(NodeId peer) {
        this.peer = peer;
    }

    /** Records a new edit of this end, made on its current text, and returns the message for it. */
    OtMessage.Edit generate(TextOp op) {
        OtMessage.Edit edit = new OtMessage.Edit(op, generated, received);
        outgoing.add(new Pending(edit));
        generated++;
        return edit;
    }

    /** The other end has processed this end's first {@code count} edits: they are no longer pending. */
    void acknowledged(int count) {
        outgoing.removeIf(p -> p.sent.number() < count);
    }

    /** An ack, taken now if this end has processed every edit sent before it, else kept until it has. */
    void ack(OtMessage.Ack ack) {
        if (deferredAck == null || ack.received() > deferredAck.received()) deferredAck = ack;
        if (deferredAck.sent() <= received) {
            acknowledged(deferredAck.received());
            deferredAck = null;
        }
    }

    /**
     * An incoming edit in turn (its number is {@code received}), made when the other end had
     * processed {@code seen} of this end's edits: transformed against this end's edits it had
     * not seen, which are transformed against it in turn (Jupiter's xform loop). Returns the edit
     * to apply to this end's text.
     */
    TextOp transformIncoming(OtMessage.Edit edit) {
        acknowledged(edit.seen());
        TextOp incoming = edit.op();
        for (Pending p : outgoing) {
            TextOp[] both = TextOp.transform(incoming, p.current);
            incoming = both[0];
            p.current = both[1];
        }
        received++;
        if (deferredAck != null) ack(deferredAck);
        return incoming;
    }

    /** The incoming edit in turn, applied as it is: no transformation ({@code transform=off}). */
    TextOp takeAsIs(OtMessage.Edit edit) {
        acknowledged(edit.seen());
        received++;
        if (deferredAck != null) ack(deferredAck);
        return edit.op();
    }

    List<String> pendingSteps() {
        List<String> out = new ArrayList<>();
        for (Pending p : outgoing) out.add(p.current.describe());
        return out;
    }
}
