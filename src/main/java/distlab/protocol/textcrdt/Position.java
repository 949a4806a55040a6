package distlab.protocol.textcrdt;

import distlab.sim.node.NodeId;
import java.util.Arrays;
import java.util.List;

/**
 * Where a character sits in the text CRDT of lecture 8.1, fixed when it is inserted: a path of
 * digits read like the digits of a fraction between 0 and 1, each digit tagged with the node
 * that chose it, and the creating node's insert counter. Positions are compared digit by digit,
 * a tie on a digit broken by node order, a shorter path before any path it is a prefix of, and
 * equal paths by counter. This is Logoot's identifier (Weiss, Urso and Molli 2009): the node
 * tags make the space dense, so there is always a position between two neighbours, and the
 * counter makes positions unique even when a node recreates a path it deleted earlier.
 *
 * <p>A level of the path is one {@code long}: the digit in the high half, the node's index in
 * the low half, so comparing longs compares (digit, node). The array is never changed after
 * construction.
 */
public final class Position implements Comparable<Position> {
    private final long[] path;
    private final int counter;

    Position(long[] path, int counter) {
        if (path.length == 0) throw new IllegalArgumentException("empty position");
        this.path = path;
        this.counter = counter;
    }

    /** One level: {@code digit} (0 or more) chosen by the node with index {@code node}. */
    static long pair(int digit, int node) {
        return ((long) digit << 32) | node;
    }

    static int digit(long pair) {
        return (int) (pair >>> 32);
    }

    static int node(long pair) {
        return (int) pair;
    }

    long[] path() {
        return path;
    }

    public int depth() {
        return path.length;
    }

    /** The index of the node that inserted the character (it chose the last digit). */
    public int creator() {
        return node(path[path.length - 1]);
    }

    public int counter() {
        return counter;
    }

    @Override
    public int compareTo(Position other) {
        return compare(path, counter, other.path, other.counter);
    }

    static int compare(long[] a, int aCounter, long[] b, int bCounter) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) return Long.compare(a[i], b[i]);
        }
        if (a.length != b.length) return Integer.compare(a.length, b.length);
        return Integer.compare(aCounter, bCounter);
    }

    /**
     * Compares this position with the character at offset {@code j} of a run: the path
     * {@code prefix} then (digit + j, node), counter + j.
     */
    int compareToRunChar(long[] prefix, int node, int digit, int counter) {
        int n = prefix.length;
        int shared = Math.min(path.length, n);
        for (int i = 0; i < shared; i++) {
            if (path[i] != prefix[i]) return Long.compare(path[i], prefix[i]);
        }
        if (path.length <= n) return -1;
        long last = pair(digit, node);
        if (path[n] != last) return Long.compare(path[n], last);
        if (path.length > n + 1) return 1;
        return Integer.compare(this.counter, counter);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Position p && counter == p.counter && Arrays.equals(path, p.path);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(path) + counter;
    }

    /**
     * {@code 1.1@n2}: the digits from the top level down, then the creator. A level chosen by
     * another node than the creator names it ({@code 1:n1.1@n2}), so two positions never print
     * alike; the counter is left out (it only matters for a path its node reused).
     */
    public String show(List<NodeId> nodes) {
        StringBuilder b = new StringBuilder();
        int creator = creator();
        for (int i = 0; i < path.length; i++) {
            if (i > 0) b.append('.');
            b.append(digit(path[i]));
            int n = node(path[i]);
            if (n != creator && i < path.length - 1) b.append(':').append(name(nodes, n));
        }
        return b.append('@').append(name(nodes, creator)).toString();
    }

    private static String name(List<NodeId> nodes, int index) {
        for (NodeId n : nodes) if (n.index() == index) return n.name();
        return "#" + index;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.length; i++) {
            if (i > 0) b.append('.');
            b.append(digit(path[i])).append(':').append(node(path[i]));
        }
        return b.append('#').append(counter).toString();
    }
}
