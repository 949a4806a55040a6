package distlab.protocol.crdt;

import distlab.protocol.Settings;
import distlab.protocol.broadcast.Broadcast;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.TimerTag;
import java.util.ArrayList;
import java.util.List;

/**
 * A CRDT replica's process. State-based: on receiving a state it merges it into its own
 * (lecture 7.3), and with background gossip on it sends its state to a random peer now and
 * then. Op-based: it feeds broadcast messages to the replica's {@link OpStream} and applies
 * the operations delivered. It has no volatile state of its own; the state lives in the Replica.
 */
final class CrdtProcess<S extends CrdtState<S>> implements Process {
    private final CrdtType<S> type;
    private final Replica<S> replica;
    private final AntiEntropy gossip;
    private final Settings settings;
    private final OpChecks checks;

    CrdtProcess(CrdtType<S> type, Replica<S> replica, AntiEntropy gossip, Settings settings, OpChecks checks) {
        this.type = type;
        this.replica = replica;
        this.gossip = gossip;
        this.settings = settings;
        this.checks = checks;
    }

    private boolean opBased() {
        return settings.get(Replication.SETTING) == Replication.OP;
    }

    @Override
    public void onStart(Context ctx) {
        if (gossip.on()) ctx.setTimer(gossip.periodMicros(), gossip.tick());
    }

    /** Background gossip: send the state (op-based: the delivered operations) to one other replica at random, then wait a period again. */
    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        if (!(tag instanceof AntiEntropy.Tick tick) || !gossip.current(tick)) return;
        List<NodeId> others = new ArrayList<>(ctx.servers());
        others.remove(ctx.self());
        if (!others.isEmpty()) {
            Object snapshot = opBased() ? replica.stream().catchup(ctx.servers().size()) : new StateMessage(replica.state());
            ctx.send(others.get(ctx.rng().nextInt(others.size())), snapshot);
        }
        ctx.setTimer(gossip.periodMicros(), tick);
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        // Anything else (e.g. a plain "send n1 n2 hi") is received and ignored.
        if (payload instanceof StateMessage m && type.stateClass().isInstance(m.state())) {
            replica.mergeIn(type.stateClass().cast(m.state()));
            return;
        }
        List<Broadcast> delivered = replica.stream().receive(ctx, from, payload);
        if (delivered != null) for (Broadcast b : delivered) apply(ctx, b);
    }

    /** A delivered operation of another replica (its source applied it when it made it). */
    private void apply(Context ctx, Broadcast b) {
        if (b.sender().equals(ctx.self()) || !(b.payload() instanceof CrdtOp op)) return;
        if (op.update() instanceof Update.Remove) {
            List<CrdtOp> before = new ArrayList<>();
            for (Broadcast d : replica.stream().delivered()) {
                if (d != b && d.payload() instanceof CrdtOp earlier) before.add(earlier);
            }
            String early = type.outOfOrder(before, op);
            if (early != null) checks.outOfOrder(ctx.self() + ": " + early);
        }
        replica.replace(type.effect(replica.state(), op));
    }
}
