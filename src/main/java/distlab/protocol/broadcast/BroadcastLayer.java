package distlab.protocol.broadcast;

import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * One node's broadcast algorithm: the middleware between its application and the network
 * (lecture 4.2). It sends and receives messages through the node's {@link Context}, holds
 * received messages back until its ordering rule allows, and delivers them: each delivery is
 * a {@code deliver b2} event in the trace, recorded in the session's {@link BroadcastLog}, and
 * handed back to the caller to apply. A process owns one and feeds it its messages
 * (package-info.java shows how); it sets no timers. Its state is plain fields, so a snapshot
 * copies it.
 */
public abstract sealed class BroadcastLayer permits UnorderedBroadcast, FifoBroadcast, CausalBroadcast, TotalOrderBroadcast {
    /** A broadcast just started, and what the sender could deliver at once (its own, for FIFO and causal). */
    public record Sent(Broadcast broadcast, List<Broadcast> delivered) {}

    /** A broadcast received but not yet delivered, and why it waits ({@code needs b1 from n1}). */
    public record Held(Broadcast broadcast, String reason) {}

    final NodeId self;
    final BroadcastLog log;
    final BroadcastOptions options;

    BroadcastLayer(NodeId self, BroadcastLog log, BroadcastOptions options) {
        this.self = self;
        this.log = log;
        this.options = options;
    }

    /** The node this layer runs on. */
    public NodeId self() {
        return self;
    }

    /** The node broadcasts {@code payload} to the whole group (every server, itself included). */
    public abstract Sent broadcast(Context ctx, Object payload);

    /** A message of this layer arrived from {@code from}: returns the broadcasts it let the node deliver, in order. */
    public abstract List<Broadcast> onMessage(Context ctx, NodeId from, BroadcastMessage message);

    /**
     * What the layer holds back, with why, in the order it would deliver them where it knows
     * one; {@code group} is every server, in node order.
     */
    public abstract List<Held> holdback(List<NodeId> group);

    /** Hands {@code b} to the application: the trace's deliver event, the log, and the caller's list. */
    final void deliver(Context ctx, Broadcast b, List<Broadcast> out) {
        ctx.deliver(b.id());
        log.delivered(self, b);
        out.add(b);
    }

    static List<Broadcast> none() {
        return new ArrayList<>();
    }
}
