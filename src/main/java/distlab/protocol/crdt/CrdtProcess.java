package distlab.protocol.crdt;

import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;

/**
 * A CRDT replica's process: on receiving a state it merges it into its own (state-based
 * replication, lecture 7.3). It has no volatile state; everything lives in the Replica.
 */
final class CrdtProcess<S extends CrdtState<S>> implements Process {
    private final Class<S> stateClass;
    private final Replica<S> replica;

    CrdtProcess(Class<S> stateClass, Replica<S> replica) {
        this.stateClass = stateClass;
        this.replica = replica;
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        // Anything else (e.g. a plain "send n1 n2 hi") is received and ignored.
        if (payload instanceof StateMessage m && stateClass.isInstance(m.state())) {
            replica.mergeIn(stateClass.cast(m.state()));
        }
    }
}
