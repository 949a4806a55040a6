package distlab.sim.trace;

/**
 * What a journal entry records. Sends, receives, local events and deliveries are numbered
 * events (e1, e2, ...); the rest are notes.
 */
public enum EntryKind {
    SEND("send"),
    RECEIVE("recv"),
    LOCAL("local"),
    DROP("drop"),
    TIMER("timer"),
    CRASH("crash"),
    RESTART("restart"),
    /**
     * A broadcast layer handing a message to its application: a local event of its own kind,
     * so views tell it apart from the network receive (lecture 4.2, receive versus deliver).
     */
    DELIVER("deliver");

    private final String word;

    EntryKind(String word) {
        this.word = word;
    }

    /** Sends, receives, local events and deliveries are the events of the happens-before relation. */
    public boolean isEvent() {
        return this == SEND || this == RECEIVE || this == LOCAL || this == DELIVER;
    }

    public String word() {
        return word;
    }

    private static final EntryKind[] VALUES = values();

    static EntryKind of(int ordinal) {
        return VALUES[ordinal];
    }
}
