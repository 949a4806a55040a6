package distlab.protocol.spanner;

import distlab.sim.SimTime;
import distlab.sim.node.NodeClock;

/**
 * TrueTime's {@code TT.now()} (lecture 8.2; Corbett et al. 2012, section 3): not one reading but
 * an interval [earliest, latest] that contains the true time as long as the clock is within its
 * error bound ε of it. A node builds it from its own clock reading, which is all it can see.
 */
record TrueTime(long earliest, long latest) {
    /** TT.now() on a node whose clock reads {@code clock.read()}, with error bound ε. */
    static TrueTime now(NodeClock clock, long epsilonMicros) {
        return at(clock.read(), epsilonMicros);
    }

    static TrueTime at(long reading, long epsilonMicros) {
        return new TrueTime(reading - epsilonMicros, reading + epsilonMicros);
    }

    /** TT.after(t): t has certainly passed. */
    boolean after(long t) {
        return earliest > t;
    }

    boolean contains(long trueTime) {
        return earliest <= trueTime && trueTime <= latest;
    }

    @Override
    public String toString() {
        return "[" + SimTime.format(earliest) + ", " + SimTime.format(latest) + "]";
    }
}
