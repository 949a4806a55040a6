package distlab.protocol.crdt;

import distlab.protocol.broadcast.Broadcast;
import distlab.protocol.broadcast.BroadcastLayer;
import distlab.protocol.broadcast.BroadcastLog;
import distlab.protocol.broadcast.BroadcastMessage;
import distlab.protocol.broadcast.BroadcastOptions;
import distlab.protocol.broadcast.CausalBroadcast;
import distlab.protocol.broadcast.UnorderedBroadcast;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * One replica's operations for op-based replication (lecture 7.3): a broadcast layer that
 * sends them (causal broadcast, or any order with {@link Delivery#ANY}) and the record of what
 * it delivered, in delivery order, to resend it in a {@link Catchup}. Each delivery is a
 * {@code deliver b3} event in the trace, recorded in the session's {@link BroadcastLog}.
 * Plain fields, so a session snapshot copies it.
 */
public final class OpStream {
    private final BroadcastLayer layer;
    private final Delivery delivery;
    /** What this replica delivered, in order. */
    private final List<Broadcast> delivered = new ArrayList<>();

    public OpStream(NodeId self, BroadcastLog log, BroadcastOptions options, Delivery delivery) {
        this.delivery = delivery;
        this.layer = delivery == Delivery.CAUSAL ? new CausalBroadcast(self, log, options) : new UnorderedBroadcast(self, log, options);
    }

    public Delivery delivery() {
        return delivery;
    }

    /** Broadcasts an operation; returns what the replica delivers at once (its own operation). */
    public Broadcast broadcast(Context ctx, Object operation) {
        BroadcastLayer.Sent sent = layer.broadcast(ctx, operation);
        delivered.addAll(sent.delivered());
        return sent.broadcast();
    }

    /**
     * A message arrived: if it is one of this stream's (a broadcast message or a catch-up),
     * returns the operations it lets the replica deliver, in delivery order; else null.
     */
    public List<Broadcast> receive(Context ctx, NodeId from, Object message) {
        if (message instanceof BroadcastMessage m) return recorded(layer.onMessage(ctx, from, m));
        if (!(message instanceof Catchup c)) return null;
        List<Broadcast> out = new ArrayList<>();
        for (BroadcastMessage m : c.messages()) out.addAll(recorded(layer.onMessage(ctx, from, m)));
        return out;
    }

    private List<Broadcast> recorded(List<Broadcast> now) {
        delivered.addAll(now);
        return now;
    }

    /**
     * Every operation this replica delivered, as messages of its layer. A causal one carries as
     * dependencies everything delivered here before it: at least its own causal past, since
     * delivery here was causal, and all of it in the same catch-up.
     */
    public Catchup catchup(int groupSize) {
        List<BroadcastMessage> out = new ArrayList<>();
        int[] counts = new int[groupSize];
        for (Broadcast b : delivered) {
            int s = b.sender().index();
            if (s >= counts.length) counts = java.util.Arrays.copyOf(counts, s + 1);
            if (delivery == Delivery.CAUSAL) {
                int[] deps = counts.clone();
                deps[s] = b.seq();
                out.add(new BroadcastMessage.WithDeps(b, deps));
            } else {
                out.add(new BroadcastMessage.Plain(b));
            }
            counts[s]++;
        }
        return new Catchup(out);
    }

    /** What the layer holds back, and why. */
    public List<BroadcastLayer.Held> holdback(List<NodeId> group) {
        return layer.holdback(group);
    }

    /** What this replica delivered, in order. */
    public List<Broadcast> delivered() {
        return List.copyOf(delivered);
    }
}
