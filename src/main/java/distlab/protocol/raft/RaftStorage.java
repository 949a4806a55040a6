package distlab.protocol.raft;

import distlab.sim.node.NodeId;

/**
 * What a Raft node keeps on stable storage, so it survives {@code crash}/{@code restart}
 * (lecture 6.2, Raft paper Figure 2 "persistent state on all servers"): the current term,
 * the vote cast in it, and the log. A restart builds a fresh {@link RaftServer} around it.
 */
public final class RaftStorage {
    private int currentTerm;
    private NodeId votedFor;
    private final RaftLog log = new RaftLog();

    public int currentTerm() { return currentTerm; }
    /** The candidate this node voted for in {@link #currentTerm}, or null. */
    public NodeId votedFor() { return votedFor; }
    public RaftLog log() { return log; }

    void setCurrentTerm(int term) { currentTerm = term; }
    void setVotedFor(NodeId node) { votedFor = node; }
}
