package distlab.protocol.link;

import distlab.sim.TraceText;
import distlab.sim.net.Sized;

/** The link layer's frames (lecture 2.3): data numbered per link, and acknowledgements. */
sealed interface LinkMessage {
    /** An application payload, number {@code seq} on its link; it puts the payload's size on the wire. */
    record Data(int seq, String payload, long sizeBytes) implements LinkMessage, Sized {
        @Override public String toString() { return "Data #" + seq + " " + TraceText.payload(payload); }
    }

    /** The receiver got frame {@code seq}: the sender may stop resending it. */
    record Ack(int seq) implements LinkMessage {
        @Override public String toString() { return "Ack #" + seq; }
    }
}
