package distlab.protocol.raft;

import distlab.sim.node.TimerTag;

/** Raft's timers; each prints as its label in the trace ({@code timer election}). */
enum RaftTimer implements TimerTag {
    /** A follower or candidate starts an election when it fires (lecture 6.2). */
    ELECTION("election"),
    /** A leader sends its periodic LogRequests. */
    HEARTBEAT("heartbeat"),
    /** A client gives up on the node it asked and tries the next. */
    CLIENT_TIMEOUT("client timeout"),
    /** A client told "no leader known" asks again after a pause. */
    CLIENT_RETRY("client retry");

    private final String label;

    RaftTimer(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
