package distlab.protocol.crdt;

import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.TimerTag;
import java.util.ArrayList;
import java.util.List;

/**
 * A CRDT replica's process: on receiving a state it merges it into its own (state-based
 * replication, lecture 7.3), and with background gossip on it sends its state to a random
 * peer now and then. It has no volatile state of its own; the state lives in the Replica.
 */
final class CrdtProcess<S extends CrdtState<S>> implements Process {
    private final Class<S> stateClass;
    private final Replica<S> replica;
    private final AntiEntropy gossip;

    CrdtProcess(Class<S> stateClass, Replica<S> replica, AntiEntropy gossip) {
        this.stateClass = stateClass;
        this.replica = replica;
        this.gossip = gossip;
    }

    @Override
    public void onStart(Context ctx) {
        if (gossip.on()) ctx.setTimer(gossip.periodMicros(), gossip.tick());
    }

    /** Background gossip: send the state to one other replica at random, then wait a period again. */
    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        if (!(tag instanceof AntiEntropy.Tick tick) || !gossip.current(tick)) return;
        List<NodeId> others = new ArrayList<>(ctx.servers());
        others.remove(ctx.self());
        if (!others.isEmpty()) ctx.send(others.get(ctx.rng().nextInt(others.size())), new StateMessage(replica.state()));
        ctx.setTimer(gossip.periodMicros(), tick);
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        // Anything else (e.g. a plain "send n1 n2 hi") is received and ignored.
        if (payload instanceof StateMessage m && stateClass.isInstance(m.state())) {
            replica.mergeIn(stateClass.cast(m.state()));
        }
    }
}
