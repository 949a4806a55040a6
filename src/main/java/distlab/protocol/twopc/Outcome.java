package distlab.protocol.twopc;

/** The outcome of a transaction: every participant commits, or every participant aborts. */
enum Outcome {
    COMMIT, ABORT;

    String word() {
        return this == COMMIT ? "commit" : "abort";
    }

    /** The participant's state once it applied this outcome. */
    TxnState state() {
        return this == COMMIT ? TxnState.COMMITTED : TxnState.ABORTED;
    }
}
