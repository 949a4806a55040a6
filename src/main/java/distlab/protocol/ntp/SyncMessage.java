package distlab.protocol.ntp;

import distlab.sim.SimTime;

/** The messages of clock synchronisation; their {@code toString} is what the event list and the diagram print. */
sealed interface SyncMessage {
    /** NTP request: carries the client's send time t1, which the server echoes (RFC 5905's origin timestamp). */
    record NtpRequest(long t1) implements SyncMessage {
        @Override public String toString() { return "NtpRequest t1=" + SimTime.format(t1); }
    }

    /** NTP response: t1 echoed, t2 when the request arrived and t3 when this left, on the server's clock. */
    record NtpResponse(long t1, long t2, long t3) implements SyncMessage {
        @Override public String toString() {
            return "NtpResponse t1=" + SimTime.format(t1) + " t2=" + SimTime.format(t2) + " t3=" + SimTime.format(t3);
        }
    }

    /** Cristian's request: what time is it? */
    record TimeRequest() implements SyncMessage {
        @Override public String toString() { return "TimeRequest"; }
    }

    /** Cristian's reply: the server's clock as it sent this. */
    record TimeReply(long time) implements SyncMessage {
        @Override public String toString() { return "TimeReply " + SimTime.format(time); }
    }

    /** Berkeley: the master asks a node for its clock reading. */
    record BerkeleyPoll(int round) implements SyncMessage {
        @Override public String toString() { return "BerkeleyPoll r" + round; }
    }

    /** Berkeley: a node's clock reading as it answered. */
    record BerkeleyReport(int round, long reading) implements SyncMessage {
        @Override public String toString() { return "BerkeleyReport r" + round + " " + SimTime.format(reading); }
    }

    /** Berkeley: how much to change the clock by; relative, so its own transit time does not matter. */
    record BerkeleyAdjust(int round, long amount) implements SyncMessage {
        @Override public String toString() { return "BerkeleyAdjust r" + round + " " + SimTime.formatSigned(amount); }
    }
}
