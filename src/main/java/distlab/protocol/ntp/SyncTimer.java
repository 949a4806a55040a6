package distlab.protocol.ntp;

import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;

/** The timers of clock synchronisation; their {@code toString} is the trace label. */
sealed interface SyncTimer extends TimerTag {
    /** A client's next poll of the time server, tagged with the {@code poll} setting's epoch. */
    record Poll(int epoch) implements SyncTimer {
        @Override public String toString() { return "poll"; }
    }

    /** A server answers a request it has held for the turnaround time; t2 was read on arrival. */
    record Answer(NodeId client, Algorithm algorithm, long t1, long t2) implements SyncTimer {
        @Override public String toString() { return "answer " + client; }
    }

    /** A Berkeley master stops waiting for reports and averages those it has. */
    record BerkeleyDeadline(int round) implements SyncTimer {
        @Override public String toString() { return "berkeley deadline r" + round; }
    }
}
