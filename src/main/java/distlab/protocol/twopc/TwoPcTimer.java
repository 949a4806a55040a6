package distlab.protocol.twopc;

import distlab.sim.node.TimerTag;

/** Two-phase commit's timers; their string is the trace label. */
sealed interface TwoPcTimer extends TimerTag {
    /** Coordinator: the votes of a transaction are late (ft=on: time to prompt the participants again). */
    record VoteTimeout(int txn) implements TwoPcTimer {
        @Override public String toString() { return "vote timeout op" + txn; }
    }

    /** Client: no outcome yet; it hands the transaction to the coordinator again (which runs it only once). */
    record Resend(int txn) implements TwoPcTimer {
        @Override public String toString() { return "resend op" + txn; }
    }

    /** Participant: still working with no prepare (abort), or prepared with no decision (ask for it). */
    record Waiting(int txn) implements TwoPcTimer {
        @Override public String toString() { return "waiting op" + txn; }
    }
}
