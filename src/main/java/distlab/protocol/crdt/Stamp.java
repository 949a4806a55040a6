package distlab.protocol.crdt;

import distlab.sim.SimTime;
import distlab.sim.node.NodeId;
import java.util.Objects;

/**
 * A (Lamport clock, node) pair: the timestamp of an LWW write and the unique tag of an OR-set
 * add. Lecture 4.1: ordering by clock, then by node, gives a total order consistent with
 * causality, so equal clocks are won by the node later in node order. No two events of
 * one node share a Lamport value, so two different updates never get the same stamp.
 * Printed {@code 3:n1} (clock 3 at n1), a word that {@code expect} can compare.
 * <p>A physical stamp (the LWW register's {@code timestamps=physical}) holds the writer's clock
 * reading in microseconds instead, printed {@code 1.05s:n1}: it orders writes by clocks that
 * may disagree, and is not consistent with causality (lecture 3.1).
 */
public record Stamp(long lamport, NodeId node, boolean physical) implements Comparable<Stamp> {
    public Stamp {
        Objects.requireNonNull(node, "node");
        if (lamport < 0 && !physical) throw new IllegalArgumentException("negative Lamport clock " + lamport);
    }

    /** A logical stamp: (Lamport clock, node). */
    public Stamp(long lamport, NodeId node) {
        this(lamport, node, false);
    }

    /** A physical stamp: the writer's clock reading (which may be negative: a clock behind at the start). */
    public static Stamp physical(long reading, NodeId node) {
        return new Stamp(reading, node, true);
    }

    @Override
    public int compareTo(Stamp other) {
        int byClock = Long.compare(lamport, other.lamport);
        return byClock != 0 ? byClock : node.compareTo(other.node);
    }

    public boolean isAfter(Stamp other) {
        return compareTo(other) > 0;
    }

    /** The later of two stamps; null counts as earlier than any stamp. */
    static Stamp latest(Stamp a, Stamp b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public String toString() {
        return (physical ? SimTime.format(lamport) : Long.toString(lamport)) + ":" + node.name();
    }
}
