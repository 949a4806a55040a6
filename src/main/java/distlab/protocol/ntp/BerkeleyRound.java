package distlab.protocol.ntp;

import distlab.sim.node.NodeClock;
import distlab.sim.node.NodeId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One round of the Berkeley algorithm at its master (Gusella and Zatti 1989): it polls every
 * other node, estimates each one's clock relative to its own from the report and the round
 * trip, and averages. Round trips are timed on the monotonic clock: an elapsed time.
 */
final class BerkeleyRound {
    final int id;
    private final long sentMono;
    private final List<NodeId> polled;
    /** Each reporting node's clock minus the master's, in node order. */
    private final Map<NodeId, Long> differences = new TreeMap<>();
    long deadlineTimer;

    BerkeleyRound(int id, long sentMono, List<NodeId> polled) {
        this.id = id;
        this.sentMono = sentMono;
        this.polled = List.copyOf(polled);
    }

    /**
     * A report arrived now. Half the round trip ago the node's clock read {@code reading}, so
     * now it reads about reading + rtt/2; its difference from the master is that minus the
     * master's reading now. A duplicate or a stranger's report changes nothing.
     */
    void report(NodeId from, long reading, NodeClock master) {
        if (!polled.contains(from) || differences.containsKey(from)) return;
        long roundTrip = master.monotonic() - sentMono;
        differences.put(from, reading + Math.floorDiv(roundTrip, 2) - master.read());
    }

    boolean complete() {
        return differences.size() == polled.size();
    }

    /** Each reporting node's difference from the master's clock. */
    Map<NodeId, Long> differences() {
        return differences;
    }

    /** The average of every reported difference and the master's own, 0, rounded down. */
    long average() {
        long sum = 0;
        for (long d : differences.values()) sum += d;
        return Math.floorDiv(sum, differences.size() + 1);
    }
}
