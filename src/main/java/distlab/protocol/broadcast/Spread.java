package distlab.protocol.broadcast;

import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a broadcast's message on its way as the {@link Dissemination} says (lecture 4.3, layer
 * one). Several peers are always sent to in node order (docs/language.md, names).
 */
final class Spread {
    private Spread() {}

    /** The broadcaster's sends: to every other node, or (gossip) to {@code fanout} of them. */
    static void originate(Context ctx, BroadcastOptions options, Object message) {
        if (options.dissemination() == Dissemination.GOSSIP) sendTo(ctx, pick(ctx, options.fanout()), message);
        else sendTo(ctx, others(ctx), message);
    }

    /**
     * On first receipt: eager reliable broadcast relays to every other node before delivering;
     * gossip passes the message to {@code fanout} nodes picked at random; best-effort is silent.
     */
    static void relay(Context ctx, BroadcastOptions options, Object message) {
        switch (options.dissemination()) {
            case DIRECT -> { }
            case EAGER -> sendTo(ctx, others(ctx), message);
            case GOSSIP -> sendTo(ctx, pick(ctx, options.fanout()), message);
        }
    }

    static List<NodeId> others(Context ctx) {
        List<NodeId> out = new ArrayList<>(ctx.servers());
        out.remove(ctx.self());
        return out;
    }

    /** {@code count} other nodes drawn without replacement from the seeded RNG, in node order. */
    private static List<NodeId> pick(Context ctx, int count) {
        List<NodeId> pool = others(ctx);
        List<NodeId> chosen = new ArrayList<>();
        while (chosen.size() < count && !pool.isEmpty()) chosen.add(pool.remove(ctx.rng().nextInt(pool.size())));
        chosen.sort(null);
        return chosen;
    }

    private static void sendTo(Context ctx, List<NodeId> targets, Object message) {
        for (NodeId to : targets) ctx.send(to, message);
    }
}
