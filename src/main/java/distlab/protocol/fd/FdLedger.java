package distlab.protocol.fd;

import distlab.sim.Simulation;
import distlab.sim.node.NodeId;

/** The lab's count of false suspicions: suspicions of a node that was up at that moment (no node can know this). */
final class FdLedger implements SuspicionLog {
    private final Simulation sim;
    private int falseSuspicions;
    private int suspicions;

    FdLedger(Simulation sim) {
        this.sim = sim;
    }

    @Override
    public void suspected(NodeId by, NodeId peer) {
        suspicions++;
        if (sim.isUp(peer)) falseSuspicions++;
    }

    int falseSuspicions() { return falseSuspicions; }
    int suspicions() { return suspicions; }
}
