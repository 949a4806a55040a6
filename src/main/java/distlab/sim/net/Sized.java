package distlab.sim.net;

/**
 * A payload that says how many bytes it puts on the wire. The network adds size / bandwidth to
 * its transit time (lecture 1.2); a payload that is not Sized counts as 0 bytes, so it takes
 * only the link's latency. Protocols implement it on the messages whose size matters (a link
 * layer's data frames carry the application's size).
 */
public interface Sized {
    long sizeBytes();

    /** The payload's size, or 0 when it does not say. */
    static long of(Object payload) {
        return payload instanceof Sized s ? Math.max(0, s.sizeBytes()) : 0;
    }
}
