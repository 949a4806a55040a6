package distlab.protocol.fd;

import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;

/** The failure detector's timers. */
public sealed interface FdTimer extends TimerTag {
    /** Time to send the next round of heartbeats. */
    enum Beat implements FdTimer {
        BEAT;

        @Override public String toString() { return "heartbeat"; }
    }

    /** {@code peer} has been silent for its whole timeout. */
    record Silence(NodeId peer) implements FdTimer {
        @Override public String toString() { return "silence of " + peer; }
    }
}
