package distlab.protocol.fd;

import distlab.sim.node.NodeId;

/**
 * Told of every suspicion a detector raises, for the lab's own bookkeeping (the fd protocol counts
 * false suspicions with it). A module-level object, never a node's state; {@link #NONE} ignores them.
 */
public interface SuspicionLog {
    SuspicionLog NONE = Silent.INSTANCE;

    void suspected(NodeId by, NodeId peer);

    /** The log that records nothing. */
    enum Silent implements SuspicionLog {
        INSTANCE;

        @Override public void suspected(NodeId by, NodeId peer) {}
    }
}
