package distlab.protocol.raft;

/**
 * One of Raft's safety properties (Raft paper, Figure 3), checked after every step. Each keeps
 * what it needs from earlier steps, so a check only looks at what changed.
 */
interface RaftInvariant {
    /** The property's name as the paper gives it, e.g. {@code election safety}. */
    String name();

    /** Checks the state after a step; returns what broke the property, or null when it holds. */
    String check(SafetyStep step);
}
