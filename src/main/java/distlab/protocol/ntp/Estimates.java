package distlab.protocol.ntp;

/**
 * The arithmetic of one exchange (lecture 3.2). t1 and t4 are read on the client's clock, t2
 * and t3 on the server's, so only differences within one clock mean anything.
 */
final class Estimates {
    private Estimates() {}

    /** δ = (t4 − t1) − (t3 − t2): the round trip, less the time the server held the request. */
    static long delay(long t1, long t2, long t3, long t4) {
        return (t4 - t1) - (t3 - t2);
    }

    /**
     * θ = ((t2 − t1) + (t3 − t4)) / 2: how far the server's clock is ahead of the client's,
     * assuming the delay was the same each way. Rounded down to the microsecond.
     */
    static long offset(long t1, long t2, long t3, long t4) {
        return Math.floorDiv((t2 - t1) + (t3 - t4), 2);
    }

    /**
     * Cristian: the server's time t3 plus half the round trip t4 − t1, minus the client's reading
     * t4. That is θ with t2 = t3: the time the server held the request counts as network delay.
     */
    static long cristianOffset(long t1, long t3, long t4) {
        return offset(t1, t3, t3, t4);
    }

    /**
     * δ/2, rounded up: the one-way delays add up to δ and neither is negative, so the true
     * offset lies within θ ± δ/2 (up to θ's rounding, which rounding the bound up covers).
     */
    static long bound(long delay) {
        return -Math.floorDiv(-delay, 2);
    }
}
