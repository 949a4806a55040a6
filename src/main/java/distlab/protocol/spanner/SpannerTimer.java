package distlab.protocol.spanner;

import distlab.sim.node.TimerTag;

/** Spanner's timers: the waits that turn clock uncertainty into latency (lecture 8.2). */
sealed interface SpannerTimer extends TimerTag {
    /** Commit wait: until TT.now().earliest has passed the transaction's timestamp. */
    record CommitWait(int op) implements SpannerTimer {
        @Override public String toString() { return "commit wait op" + op; }
    }

    /** A snapshot read waits until its timestamp has certainly passed at this node. */
    record ReadWait(int op) implements SpannerTimer {
        @Override public String toString() { return "read wait op" + op; }
    }
}
