package distlab.sim;

import distlab.sim.net.Sized;
import distlab.sim.node.Context;
import distlab.sim.node.NodeClock;
import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;
import distlab.sim.trace.EntryKind;
import java.util.List;

/** The {@link Context} handed to a node's process: one per node, reused for every call. */
final class NodeContext implements Context {
    private final Simulation sim;
    private final SimNode node;
    private final NodeClock clock;

    NodeContext(Simulation sim, SimNode node) {
        this.sim = sim;
        this.node = node;
        this.clock = new LocalClock(sim, node.clock);
    }

    @Override public NodeId self() { return node.id; }

    @Override public long now() { return sim.now(); }

    @Override public NodeClock clock() { return clock; }

    @Override public List<NodeId> servers() { return sim.servers(); }

    @Override public int send(NodeId to, Object payload) { return sim.sendFrom(node, to, payload, Sized.of(payload)); }

    @Override public long setTimer(long delayMicros, TimerTag tag) { return sim.setTimer(node, delayMicros, tag); }

    @Override public void cancelTimer(long timerId) { sim.cancelTimer(timerId); }

    @Override public void local(String label) { sim.recordLocal(node, EntryKind.LOCAL, label); }

    @Override public void deliver(String what) { sim.recordLocal(node, EntryKind.DELIVER, what); }

    @Override public Rng rng() { return sim.rng(); }
}
