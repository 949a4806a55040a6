package distlab.protocol.broadcast;

import java.util.Arrays;

/**
 * Vectors of counts indexed by node order ({@code NodeId.index()}): they grow when a node is
 * spawned later, and a missing entry is 0, as with the kernel's vector clocks.
 */
final class Counts {
    private Counts() {}

    static int at(int[] counts, int index) {
        return index < counts.length ? counts[index] : 0;
    }

    /** The same counts, at least {@code width} wide. */
    static int[] widen(int[] counts, int width) {
        return counts.length >= width ? counts : Arrays.copyOf(counts, width);
    }

    /** Whether {@code a <= b} in every entry (lecture 4.3's delivery condition deps <= got). */
    static boolean atMost(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] > at(b, i)) return false;
        return true;
    }

    /** One key for a (node index, number) pair, ordered by node, then number. */
    static long key(int node, int number) {
        return ((long) node << 32) | (number & 0xffffffffL);
    }

    /** {@code [1,0,2]}, padded with zeros to {@code width}. */
    static String show(int[] counts, int width) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < Math.max(width, counts.length); i++) {
            if (i > 0) b.append(',');
            b.append(at(counts, i));
        }
        return b.append(']').toString();
    }
}
