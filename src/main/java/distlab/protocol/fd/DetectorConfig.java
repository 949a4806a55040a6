package distlab.protocol.fd;

/**
 * What a {@link HeartbeatDetector} reads on every use, so a change applies at once: how often to
 * send heartbeats, how long a silence makes a node suspected, and whether that timeout adapts.
 */
public interface DetectorConfig {
    long heartbeatMicros();

    long timeoutMicros();

    /** On: a heartbeat from a suspected node un-suspects it and doubles its timeout (eventually perfect). */
    boolean adaptive();
}
