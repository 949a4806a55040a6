package distlab.protocol.raft;

import distlab.sim.node.NodeId;
import java.util.Arrays;
import java.util.List;

/**
 * A leader's per-follower counters (lecture 6.2): {@code sentLength[f]}, how many entries
 * the leader believes f has (the next request's prefixLen), and {@code ackedLength[f]}, how
 * many f has confirmed. Volatile: a new leader starts with sentLength = its log length and
 * ackedLength = 0. Arrays indexed by server position (servers are nodes 0..n-1: Raft's
 * membership is fixed when the cluster is spawned).
 */
final class LeaderProgress {
    private final NodeId self;
    private final int[] sentLength;
    private final int[] ackedLength;
    private final int[] scratch;
    private final long[] awaitingSince;
    private final int[] awaitingAck;

    LeaderProgress(NodeId self, List<NodeId> servers, int logLength) {
        this.self = self;
        int n = servers.size();
        sentLength = new int[n];
        ackedLength = new int[n];
        scratch = new int[n];
        awaitingSince = new long[n];
        awaitingAck = new int[n];
        Arrays.fill(awaitingSince, -1);
        Arrays.fill(sentLength, logLength);
    }

    int sent(NodeId follower) { return sentLength[follower.index()]; }
    int acked(NodeId follower) { return ackedLength[follower.index()]; }

    void setSent(NodeId follower, int length) { sentLength[follower.index()] = length; }

    /**
     * Batching: when the unanswered request carrying entries to the follower was sent, or -1
     * if there is none.
     */
    long awaitingSince(NodeId follower) { return awaitingSince[follower.index()]; }

    /** A request with entries went out at {@code now}; its success will ack {@code ack}. */
    void sentEntries(NodeId follower, long now, int ack) {
        awaitingSince[follower.index()] = now;
        awaitingAck[follower.index()] = ack;
    }

    /** The answer to the unanswered request came: an ack that covers it, or a failure. */
    void answered(NodeId follower, boolean success, int ack) {
        int f = follower.index();
        if (!success || ack >= awaitingAck[f]) awaitingSince[f] = -1;
    }

    /** On a successful LogResponse: both counters become {@code ack}. */
    void acknowledged(NodeId follower, int ack) {
        sentLength[follower.index()] = ack;
        ackedLength[follower.index()] = ack;
    }

    /**
     * The largest length L that a majority of nodes have acknowledged, the leader counting
     * with its own log length (lecture 6.2 {@code acks(length) >= minAcks}).
     */
    int majorityAcked(int ownLogLength) {
        int n = scratch.length;
        for (int i = 0; i < n; i++) scratch[i] = i == self.index() ? ownLogLength : ackedLength[i];
        Arrays.sort(scratch);
        int minAcks = n / 2 + 1;
        return scratch[n - minAcks];
    }
}
