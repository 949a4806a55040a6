package distlab.protocol.broadcast;

import distlab.protocol.broadcast.BroadcastMessage.Numbered;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * FIFO broadcast (lecture 4.3): each broadcast carries its number in its sender's stream; a
 * node keeps, per sender, how many it has delivered ({@code got}), and delivers a held message
 * exactly when its number equals that count. Messages spread as {@link BroadcastOptions} says
 * ({@code relay=eager} makes it reliable).
 */
public final class FifoBroadcast extends BroadcastLayer {
    /** got[s]: how many of node s's broadcasts this node has delivered, which is the seq it waits for. */
    private int[] got = new int[0];
    /** Received, not yet delivered, in receipt order (lecture 4.3's pending). */
    private final List<Broadcast> pending = new ArrayList<>();

    public FifoBroadcast(NodeId self, BroadcastLog log, BroadcastOptions options) {
        super(self, log, options);
    }

    @Override
    public Sent broadcast(Context ctx, Object payload) {
        Broadcast b = log.open(self, payload);
        Spread.originate(ctx, options, new Numbered(b));
        // The sender delivers its own broadcast through the same rule: it is next from itself.
        pending.add(b);
        return new Sent(b, deliverReady(ctx));
    }

    @Override
    public List<Broadcast> onMessage(Context ctx, NodeId from, BroadcastMessage message) {
        if (!(message instanceof Numbered numbered)) return none();
        Broadcast b = numbered.broadcast();
        if (b.seq() < Counts.at(got, b.sender().index()) || pending.contains(b)) return none();
        Spread.relay(ctx, options, numbered);
        pending.add(b);
        return deliverReady(ctx);
    }

    /** "While pending holds (s, k, m) with k == got[s]: deliver m, got[s] += 1" (lecture 4.3). */
    private List<Broadcast> deliverReady(Context ctx) {
        List<Broadcast> out = none();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Broadcast b : pending) {
                int s = b.sender().index();
                if (b.seq() == Counts.at(got, s)) {
                    pending.remove(b);
                    got = Counts.widen(got, s + 1);
                    got[s]++;
                    deliver(ctx, b, out);
                    progress = true;
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public List<Held> holdback(List<NodeId> group) {
        List<Held> out = new ArrayList<>();
        for (Broadcast b : pending) out.add(new Held(b, "seq " + Counts.at(got, b.sender().index()) + " of " + b.sender() + " missing"));
        return out;
    }
}
