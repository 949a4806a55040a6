package distlab.protocol.crdt;

import distlab.sim.LabException;
import distlab.sim.node.NodeId;

/** The counters' bound: a replica's own count fits in a vector entry (an int). */
final class CounterLimits {
    static final long MAX_ENTRY = Integer.MAX_VALUE;

    private CounterLimits() {}

    static void check(GCounter counter, NodeId node, long amount, String what) {
        if (counter.count(node) + amount > MAX_ENTRY) {
            throw new LabException(node + "'s " + what + " count would pass " + MAX_ENTRY
                    + ", the most one replica's entry may hold (it is " + counter.count(node) + ")");
        }
    }
}
