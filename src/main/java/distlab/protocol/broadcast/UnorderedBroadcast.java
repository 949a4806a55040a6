package distlab.protocol.broadcast;

import distlab.protocol.broadcast.BroadcastMessage.Plain;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import java.util.BitSet;
import java.util.List;

/**
 * Broadcast without ordering (lecture 4.3, layer one): deliver a message the first time it is
 * received, and ignore copies. With {@link Dissemination#DIRECT} this is best-effort
 * broadcast, with {@link Dissemination#EAGER} eager reliable broadcast (relay to every other
 * node on first receipt, then deliver), with {@link Dissemination#GOSSIP} gossip.
 */
public final class UnorderedBroadcast extends BroadcastLayer {
    /** Broadcast numbers received, so duplicates and relayed copies are dropped. */
    private final BitSet seen = new BitSet();

    public UnorderedBroadcast(NodeId self, BroadcastLog log, BroadcastOptions options) {
        super(self, log, options);
    }

    @Override
    public Sent broadcast(Context ctx, Object payload) {
        Broadcast b = log.open(self, payload);
        seen.set(b.number());
        Spread.originate(ctx, options, new Plain(b));
        List<Broadcast> out = none();
        deliver(ctx, b, out);
        return new Sent(b, out);
    }

    @Override
    public List<Broadcast> onMessage(Context ctx, NodeId from, BroadcastMessage message) {
        List<Broadcast> out = none();
        if (!(message instanceof Plain plain) || seen.get(plain.broadcast().number())) return out;
        seen.set(plain.broadcast().number());
        // Eager reliable broadcast: the first time a node receives a message it relays it, then delivers.
        Spread.relay(ctx, options, plain);
        deliver(ctx, plain.broadcast(), out);
        return out;
    }

    @Override
    public List<Held> holdback(List<NodeId> group) {
        return List.of();
    }
}
