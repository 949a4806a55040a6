package distlab.sim.trace;

/** What a journal entry records. The first three are numbered events (e1, e2, ...). */
public enum EntryKind {
    SEND("send"),
    RECEIVE("recv"),
    LOCAL("local"),
    DROP("drop"),
    TIMER("timer"),
    CRASH("crash"),
    RESTART("restart");

    private final String word;

    EntryKind(String word) {
        this.word = word;
    }

    /** Sends, receives and local events are the events of the happens-before relation. */
    public boolean isEvent() {
        return this == SEND || this == RECEIVE || this == LOCAL;
    }

    public String word() {
        return word;
    }

    private static final EntryKind[] VALUES = values();

    static EntryKind of(int ordinal) {
        return VALUES[ordinal];
    }
}
