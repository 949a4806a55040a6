package distlab.protocol.textcrdt;

import java.util.Arrays;

/**
 * Chooses the position of a new character between its two neighbours (lecture 8.1: "a unique
 * position between its neighbours, ties broken by node"). The lecture takes the midpoint of two
 * fractions; halving the gap on every append adds a bit per character, so a 100,000-character
 * paper typed from start to end would carry positions 100,000 bits long. Like Logoot's
 * allocation (Weiss et al. 2009; LSEQ, Nédelec et al. 2013, for the strategy), this one steps
 * by one from the left neighbour instead:
 * <ol>
 * <li>the left neighbour's position with its last digit one higher, if that still sorts before
 *     the right neighbour (typing at the end of a word: 1, 2, 3, …);</li>
 * <li>otherwise the first level, from the top, where the two neighbours leave a digit free:
 *     the lowest free digit there, below it the left neighbour's digits (one level deeper than
 *     the gap between {@code 1} and {@code 2} is {@code 1.1}).</li>
 * </ol>
 * Every digit chosen here is tagged with the choosing node, so two nodes that pick the same
 * digits for the same gap still get different positions, ordered by node.
 */
final class Allocator {
    /** Digits are from 0 to this; a last digit is at least 1, so there is always room below a position. */
    static final int MAX_DIGIT = Integer.MAX_VALUE;
    private static final long NONE = -1;

    private Allocator() {}

    /**
     * A path strictly between {@code left} (empty: the start of the text) and {@code right}
     * (null: the end), chosen by node {@code me}, by rule 2 above. Left is before right.
     */
    static long[] between(long[] left, long[] right, int me) {
        long[] out = new long[Math.max(left.length, right == null ? 0 : right.length) + 2];
        int n = 0;
        boolean boundLeft = true;
        boolean boundRight = right != null;
        for (int i = 0; ; i++) {
            long lo = boundLeft && i < left.length ? left[i] : NONE;
            long hi = boundRight ? right[i] : NONE;
            int loDigit = lo == NONE ? 0 : Position.digit(lo);
            long hiDigit = hi == NONE ? (long) MAX_DIGIT + 1 : Position.digit(hi);
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            if (hiDigit - loDigit > 1) {
                out[n++] = Position.pair(loDigit + 1, me);
                return Arrays.copyOf(out, n);
            }
            if (lo != NONE) {
                // No free digit here: go down a level under the left neighbour's digit.
                out[n++] = lo;
                boundRight = boundRight && lo == hi;
                continue;
            }
            // The left neighbour has ended (or is already passed) and the right one starts with
            // digit 0 or 1: take (0, me) if that sorts before it, else follow the right one down.
            // A path never ends in digit 0, so following it always reaches a level with room.
            long zero = Position.pair(0, me);
            if (zero < hi) {
                out[n++] = zero;
                boundRight = false;
            } else {
                out[n++] = hi;
            }
            boundLeft = false;
        }
    }
}
