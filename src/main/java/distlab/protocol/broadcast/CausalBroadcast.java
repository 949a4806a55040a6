package distlab.protocol.broadcast;

import distlab.protocol.broadcast.BroadcastMessage.WithDeps;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * Causal broadcast (lecture 4.3): the sender attaches {@code deps}, its vector of delivered
 * counts with its own entry set to the broadcast's seq, and a node delivers a held message once
 * {@code deps <= got} in every entry: it has delivered everything the sender had when it
 * broadcast. These vectors count deliveries, not events, unlike the vector clocks of lecture
 * 4.1. Messages spread as {@link BroadcastOptions} says ({@code relay=eager} makes it reliable).
 */
public final class CausalBroadcast extends BroadcastLayer {
    /** got[s]: how many of node s's broadcasts this node has delivered. */
    private int[] got = new int[0];
    /** Received, not yet delivered, in receipt order. */
    private final List<WithDeps> pending = new ArrayList<>();

    public CausalBroadcast(NodeId self, BroadcastLog log, BroadcastOptions options) {
        super(self, log, options);
    }

    @Override
    public Sent broadcast(Context ctx, Object payload) {
        Broadcast b = log.open(self, payload);
        // deps := copy of got; deps[i] := mine (lecture 4.3)
        List<NodeId> group = ctx.servers();
        int[] deps = Counts.widen(got, group.get(group.size() - 1).index() + 1).clone();
        deps[b.sender().index()] = b.seq();
        WithDeps message = new WithDeps(b, deps);
        Spread.originate(ctx, options, message);
        pending.add(message);
        return new Sent(b, deliverReady(ctx));
    }

    @Override
    public List<Broadcast> onMessage(Context ctx, NodeId from, BroadcastMessage message) {
        if (!(message instanceof WithDeps withDeps)) return none();
        Broadcast b = withDeps.broadcast();
        boolean seen = b.seq() < Counts.at(got, b.sender().index()) || pending.stream().anyMatch(p -> p.broadcast().equals(b));
        if (seen) return none();
        Spread.relay(ctx, options, withDeps);
        pending.add(withDeps);
        return deliverReady(ctx);
    }

    /** "While pending holds (s, deps, m) with deps <= got: deliver m, got[s] += 1" (lecture 4.3). */
    private List<Broadcast> deliverReady(Context ctx) {
        List<Broadcast> out = none();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (WithDeps p : pending) {
                if (p.deliverableWith(got)) {
                    pending.remove(p);
                    int s = p.broadcast().sender().index();
                    got = Counts.widen(got, s + 1);
                    got[s]++;
                    deliver(ctx, p.broadcast(), out);
                    progress = true;
                    break;
                }
            }
        }
        return out;
    }

    /** Each waits for the first entry (in node order) where deps exceeds got: that sender's next broadcast. */
    @Override
    public List<Held> holdback(List<NodeId> group) {
        List<Held> out = new ArrayList<>();
        for (WithDeps p : pending) {
            int[] deps = p.deps();
            String reason = "ready";
            for (int s = 0; s < deps.length; s++) {
                if (deps[s] > Counts.at(got, s)) {
                    Broadcast missing = log.find(s, Counts.at(got, s));
                    reason = "needs " + missing + " from " + missing.sender();
                    break;
                }
            }
            out.add(new Held(p.broadcast(), reason));
        }
        return out;
    }
}
