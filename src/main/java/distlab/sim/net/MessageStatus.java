package distlab.sim.net;

import java.util.Locale;

/** Where a message is: on the wire, at its destination, or lost. */
public enum MessageStatus {
    INFLIGHT,
    DELIVERED,
    DROPPED;

    private static final MessageStatus[] VALUES = values();

    static MessageStatus of(int ordinal) {
        return VALUES[ordinal];
    }

    /** As {@code show m1.status} prints it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
