package distlab.protocol.quorum;

import distlab.sim.SimTime;
import distlab.sim.node.NodeId;
import java.util.Comparator;

/**
 * A write's timestamp: a (counter, client) pair, compared by counter, then by the client's
 * place in node order (lecture 5.1: a Lamport-style timestamp made unique by the writer's id,
 * so concurrent writes are ordered the same way at every replica). Printed {@code 2:c1}. With
 * {@code timestamps=physical} the counter is the writer's clock reading in microseconds,
 * printed as a time ({@code 1.05s:c1}), and compared the same way.
 */
public record Timestamp(long counter, NodeId client, boolean physical) implements Comparable<Timestamp> {
    private static final Comparator<Timestamp> ORDER =
            Comparator.comparingLong(Timestamp::counter).thenComparing(Timestamp::client);

    /** A logical (counter, client) timestamp. */
    public Timestamp(long counter, NodeId client) {
        this(counter, client, false);
    }

    /** Orders timestamps; null (never written) is older than every timestamp. */
    public static int compare(Timestamp a, Timestamp b) {
        if (a == null || b == null) return a == b ? 0 : a == null ? -1 : 1;
        return a.compareTo(b);
    }

    /** True when {@code a} is strictly newer than {@code b} (null counts as oldest). */
    public static boolean newer(Timestamp a, Timestamp b) {
        return compare(a, b) > 0;
    }

    /** {@code 2:c1}, or {@code none} for null. */
    public static String show(Timestamp ts) {
        return ts == null ? "none" : ts.toString();
    }

    @Override
    public int compareTo(Timestamp other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return (physical ? SimTime.format(counter) : Long.toString(counter)) + ":" + client.name();
    }
}
