package distlab.sim.node;

import distlab.sim.Rng;
import java.util.List;

/** What a process may do: the whole node API is send, set a timer, and look at the clocks. */
public interface Context {
    NodeId self();

    /** Current virtual time in microseconds: the true time, which no real node can read. */
    long now();

    /** This node's physical clock, which may drift and be set wrong (lecture 3.1). */
    NodeClock clock();

    /** Every server node (clients excluded), in node order, including this one. */
    List<NodeId> servers();

    /** Send a message; the kernel stamps it with Lamport and vector clocks. Returns its number. */
    int send(NodeId to, Object payload);

    /** Send to every other server, in node order (docs/language.md, names). */
    default void sendToOtherServers(Object payload) {
        for (NodeId node : servers()) {
            if (!node.equals(self())) send(node, payload);
        }
    }

    /** Fire {@link Process#onTimer} after the delay, unless cancelled or the node crashes first. */
    long setTimer(long delayMicros, TimerTag tag);

    void cancelTimer(long timerId);

    /** Record a local event with a label (it ticks the clocks). */
    void local(String label);

    /**
     * Record that the node delivered {@code what} (a broadcast id) to its application: a local
     * event of kind deliver, distinct from the network receive (it ticks the clocks).
     */
    void deliver(String what);

    /** The simulation's seeded random numbers. */
    Rng rng();
}
