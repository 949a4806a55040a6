package distlab.protocol.ntp;

import distlab.sim.node.NodeId;

/**
 * One finished exchange as a client saw it, and how right it was: {@code trueOffset} is the
 * server's reading minus the client's when the response arrived, which only the lab knows.
 *
 * @param t2 null for Cristian's algorithm, whose server sends only one timestamp
 */
record Exchange(NodeId server, Algorithm algorithm, long t1, Long t2, long t3, long t4, long delay, long estimate,
                Correction action, long trueOffset) {
    /** A finished exchange, its δ and θ worked out by the algorithm's formulas. */
    static Exchange of(NodeId server, Algorithm algorithm, long t1, Long t2, long t3, long t4, long trueOffset) {
        long delay = t2 == null ? t4 - t1 : Estimates.delay(t1, t2, t3, t4);
        long estimate = t2 == null ? Estimates.cristianOffset(t1, t3, t4) : Estimates.offset(t1, t2, t3, t4);
        return new Exchange(server, algorithm, t1, t2, t3, t4, delay, estimate, Correction.forOffset(estimate), trueOffset);
    }

    /** |θ − true offset|. */
    long error() {
        return Math.abs(estimate - trueOffset);
    }

    /** δ/2 rounded up: what the error cannot exceed while the clocks keep their rates. */
    long bound() {
        return Estimates.bound(delay);
    }

    boolean withinBound() {
        return error() <= bound();
    }
}
