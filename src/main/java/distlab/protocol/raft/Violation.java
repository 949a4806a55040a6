package distlab.protocol.raft;

/**
 * The first broken safety property: which invariant (Raft paper Figure 3), where it broke
 * (the event, e.g. {@code e57 recv m30 from n3 ...}), and why.
 */
public record Violation(String invariant, String where, String explanation) {
    @Override
    public String toString() {
        return invariant + " violated at " + where + ": " + explanation;
    }
}
