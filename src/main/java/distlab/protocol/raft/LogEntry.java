package distlab.protocol.raft;

/** One log entry: a command tagged with the term of the leader that created it (lecture 6.2). */
public record LogEntry(int term, Command command) {
    /** {@code 2:put x 1}: term, then command (docs/language.md, paths and expressions {@code NODE.log}). */
    @Override
    public String toString() {
        return term + ":" + command;
    }
}
