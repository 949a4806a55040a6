package distlab.protocol.fd;

/** The failure detector's one message. */
public sealed interface FdMessage {
    /** "I am alive": heartbeat number {@code seq} of its sender. */
    record Heartbeat(int seq) implements FdMessage {
        @Override public String toString() { return "Heartbeat " + seq; }
    }
}
