package distlab.protocol.ntp;

import distlab.sim.Simulation;
import distlab.sim.node.NodeId;

/**
 * The lab's view from outside the nodes, which know only their own clocks: the true offset
 * between two clocks at an exchange, and whether every exchange's estimate lay within its
 * bound ({@code cluster.withinbound}). One per session.
 */
final class Referee {
    private Simulation sim;
    private int exchanges;
    private String firstBreach;

    void attach(Simulation simulation) {
        sim = simulation;
    }

    /** The server's clock minus the client's, now. */
    long trueOffset(NodeId server, NodeId client) {
        return sim.clock(server).reading(sim.now()) - sim.clock(client).reading(sim.now());
    }

    void judge(NodeId client, Exchange e) {
        exchanges++;
        if (firstBreach == null && !e.withinBound()) {
            firstBreach = client + " with " + e.server() + ": error " + e.error() + "us > bound " + e.bound() + "us";
        }
    }

    int exchanges() {
        return exchanges;
    }

    /** The first exchange whose error exceeded δ/2, or null. */
    String firstBreach() {
        return firstBreach;
    }
}
