package distlab.protocol.broadcast;

import distlab.protocol.broadcast.BroadcastMessage.Numbered;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * FIFO broadcast (lecture 4.3): each broadcast carries its number in its sender's stream; a
 * node keeps, per sender, how many it has delivered ({@code got}), and delivers a held message
 * exactly when its number equals that count. Messages spread as {@link BroadcastOptions} says
 * ({@code relay=eager} makes it reliable).
 */
public final class FifoBroadcast extends BroadcastLayer {
    /** got[s]: how many of node s's broadcasts this node has delivered, which is the seq it waits for. */
    private int[] got = new int[0];
    /** Received, not yet delivered (lecture 4.3's pending), by (sender, seq). */
    private final Map<Long, Broadcast> pending = new TreeMap<>();

    public FifoBroadcast(NodeId self, BroadcastLog log, BroadcastOptions options) {
        super(self, log, options);
    }

    @Override
    public Sent broadcast(Context ctx, Object payload) {
        Broadcast b = log.open(self, payload);
        Spread.originate(ctx, options, new Numbered(b));
        // The sender delivers its own broadcast through the same rule: it is next from itself.
        return new Sent(b, receive(ctx, b));
    }

    @Override
    public List<Broadcast> onMessage(Context ctx, NodeId from, BroadcastMessage message) {
        if (!(message instanceof Numbered numbered)) return none();
        Broadcast b = numbered.broadcast();
        int s = b.sender().index();
        if (b.seq() < Counts.at(got, s) || pending.containsKey(Counts.key(s, b.seq()))) return none();
        Spread.relay(ctx, options, numbered);
        return receive(ctx, b);
    }

    /**
     * Put b in pending, then "while pending holds (s, k, m) with k == got[s]: deliver m,
     * got[s] += 1" (lecture 4.3). Delivering from s changes only got[s], so only s's next
     * broadcast can become ready: the loop looks there.
     */
    private List<Broadcast> receive(Context ctx, Broadcast b) {
        int s = b.sender().index();
        pending.put(Counts.key(s, b.seq()), b);
        List<Broadcast> out = none();
        Broadcast next;
        while ((next = pending.remove(Counts.key(s, Counts.at(got, s)))) != null) {
            got = Counts.widen(got, s + 1);
            got[s]++;
            deliver(ctx, next, out);
        }
        return out;
    }

    @Override
    public List<Held> holdback(List<NodeId> group) {
        List<Held> out = new ArrayList<>();
        for (Broadcast b : pending.values()) {
            out.add(new Held(b, "seq " + Counts.at(got, b.sender().index()) + " of " + b.sender() + " missing"));
        }
        return out;
    }
}
