package distlab.protocol.link;

import distlab.protocol.link.LinkMessage.Ack;
import distlab.protocol.link.LinkMessage.Data;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.TimerTag;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A node's link layer between its application and a fair-loss network (lecture 2.3). Each
 * application message becomes a frame numbered per link. With {@code retransmit} on, the
 * receiver acknowledges every copy it gets and the sender resends the frame until the
 * acknowledgement arrives; with {@code dedup} on, the receiver hands a frame it has seen before
 * to nobody. Retry plus dedup makes the link reliable: every message arrives, once, as long as
 * neither end forgets its state in a crash (see {@link LinkStore} and {@code stable}).
 */
final class LinkProcess implements Process {
    /** Resend frame {@code seq} to {@code to} if it is still unacknowledged; printed {@code retransmit #1 to n2}. */
    record Retransmit(NodeId to, int seq) implements TimerTag {
        @Override public String toString() { return "retransmit #" + seq + " to " + to; }
    }

    private final LinkStore store;
    private final LinkSettings settings;
    private final LinkLedger ledger;
    /** Volatile: lost in a crash unless stable=on wrote it to {@link LinkStore#persisted()}. */
    private final LinkState state;

    LinkProcess(LinkStore store, LinkSettings settings, LinkLedger ledger) {
        this.store = store;
        this.settings = settings;
        this.ledger = ledger;
        this.state = store.persisted().copy();
    }

    LinkState state() {
        return state;
    }

    /** A restarted sender resends what its stable outbox still holds. */
    @Override
    public void onStart(Context ctx) {
        if (settings.retransmitMicros() == 0) return;
        Map<NodeId, TreeMap<Integer, Data>> outbox = state.outbox();
        outbox.forEach((to, frames) -> frames.keySet().forEach(seq -> ctx.setTimer(settings.retransmitMicros(), new Retransmit(to, seq))));
    }

    /** The application sends a payload to {@code to}; returns the number of the frame's message. */
    int send(Context ctx, NodeId to, String payload, long sizeBytes) {
        Data frame = new Data(store.takeSeq(to), payload, sizeBytes);
        ledger.sent(ctx.self(), to, frame.seq());
        if (settings.retransmitMicros() > 0) {
            update(s -> s.queue(to, frame));
            ctx.setTimer(settings.retransmitMicros(), new Retransmit(to, frame.seq()));
        }
        return ctx.send(to, frame);
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        if (payload instanceof Data frame) {
            receive(ctx, from, frame);
        } else if (payload instanceof Ack ack) {
            update(s -> s.acked(from, ack.seq()));
        }
    }

    private void receive(Context ctx, NodeId from, Data frame) {
        boolean duplicate = settings.dedup() && state.seen(from, frame.seq());
        if (duplicate) {
            ctx.local("discard duplicate #" + frame.seq() + " from " + from);
        } else {
            // The upcall to the application is an event of its own, as a broadcast's delivery is.
            ctx.local("deliver #" + frame.seq() + " from " + from);
            ledger.delivered(from, ctx.self(), frame.seq());
        }
        update(s -> s.receive(from, frame.seq(), duplicate ? null : frame.payload()));
        // Acknowledge every copy, a duplicate too: the first acknowledgement may have been lost.
        // The state is on disk (stable=on) before the acknowledgement leaves.
        if (settings.retransmitMicros() > 0) ctx.send(from, new Ack(frame.seq()));
    }

    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        if (!(tag instanceof Retransmit r) || settings.retransmitMicros() == 0) return;
        Data frame = state.unacked(r.to(), r.seq());
        if (frame == null) return;
        ctx.send(r.to(), frame);
        ctx.setTimer(settings.retransmitMicros(), r);
    }

    /** Applies a change to the state in memory and, with stable=on, to the copy on stable storage. */
    private void update(Consumer<LinkState> change) {
        change.accept(state);
        if (settings.stable()) change.accept(store.persisted());
    }
}
