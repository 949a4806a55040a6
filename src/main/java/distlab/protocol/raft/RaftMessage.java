package distlab.protocol.raft;

import distlab.sim.node.NodeId;
import java.util.List;

/**
 * The messages between Raft servers, as in lecture 6.2 (the Raft paper's RequestVote and
 * AppendEntries RPCs and their replies). Every one carries its sender's term.
 */
public sealed interface RaftMessage {
    int term();

    /** A candidate asks for a vote: its log's length and last term are for the voter's log check. */
    record VoteRequest(int term, NodeId candidate, int logLength, int lastTerm) implements RaftMessage {
        @Override public String toString() {
            return "VoteRequest t" + term + " len=" + logLength + " last=" + lastTerm;
        }
    }

    record VoteResponse(int term, NodeId voter, boolean granted) implements RaftMessage {
        @Override public String toString() {
            return "VoteResponse t" + term + (granted ? " yes" : " no");
        }
    }

    /**
     * "You have my first prefixLen entries, the last with term prefixTerm; here come the
     * rest (suffix); I have committed leaderCommit." An empty suffix is a heartbeat.
     */
    record LogRequest(int term, NodeId leader, int prefixLen, int prefixTerm, int leaderCommit, List<LogEntry> suffix)
            implements RaftMessage {
        public LogRequest {
            suffix = List.copyOf(suffix);
        }

        @Override public String toString() {
            return "LogRequest t" + term + " prefix=" + prefixLen + ":" + prefixTerm + " +" + suffix.size() + " commit=" + leaderCommit;
        }
    }

    /**
     * A follower's answer. On success {@code ack} is how many entries it now shares with the
     * leader (prefixLen + suffix length); on failure it is the prefixLen that failed, so the
     * leader can tell a fresh failure from a duplicated or stale one.
     */
    record LogResponse(int term, NodeId follower, int ack, boolean success) implements RaftMessage {
        @Override public String toString() {
            return "LogResponse t" + term + (success ? " ok ack=" + ack : " fail at " + ack);
        }
    }
}
