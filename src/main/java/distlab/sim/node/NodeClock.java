package distlab.sim.node;

/**
 * A node's physical clock as its own process sees it (lecture 3.1): a time-of-day reading and
 * a monotonic one, and the two corrections synchronisation makes (lecture 3.2). A node cannot
 * know how wrong its clock is; only the lab, outside the nodes, knows the true time.
 */
public interface NodeClock {
    /** The time-of-day reading, in microseconds: true time plus this clock's offset. */
    long read();

    /** The monotonic reading: follows drift and slews, never steps, never goes backwards. */
    long monotonic();

    /** Moves the time-of-day reading by {@code micros} at once (it may go backwards). */
    void step(long micros);

    /** Makes up {@code micros} gradually, running the clock at most 500 ppm fast or slow. */
    void slew(long micros);
}
