package distlab.protocol.raft;

import distlab.protocol.raft.RaftMessage.LogRequest;
import distlab.protocol.raft.RaftMessage.LogResponse;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.snapshot.NotState;
import java.util.List;

/**
 * What a node keeps and does only while it leads one term (lecture 6.2): the per-follower
 * counters, ReplicateLog, the heartbeat, and the LogResponse rules. Volatile, built when
 * the node wins an election and dropped when it steps down or crashes.
 */
final class Leadership {
    private final NodeId self;
    /** The node's storage (fingerprinted as the node's own) and the module's settings: not this object's state. */
    @NotState private final RaftStorage storage;
    @NotState private final RaftLog log;
    @NotState private final RaftConfig config;
    private final LeaderProgress progress;
    /** Every server, in node order (fixed while the cluster runs). */
    private final List<NodeId> servers;
    private final TermRequests requests = new TermRequests();
    @NotState private long heartbeatTimer;

    /**
     * Lecture 6.2: the new leader sets sentLength[f] = its log length and ackedLength[f] = 0
     * for every follower and replicates at once (the first heartbeat asserts its leadership).
     */
    Leadership(Context ctx, RaftStorage storage, RaftConfig config, int commitLength) {
        this.self = ctx.self();
        this.storage = storage;
        this.log = storage.log();
        this.config = config;
        this.servers = ctx.servers();
        if (config.noop() && !log.isFull()) log.append(new LogEntry(storage.currentTerm(), Command.noop()));
        this.progress = new LeaderProgress(self, ctx.servers(), config.noop() ? log.length() - 1 : log.length());
        for (int i = 0; i < servers.size(); i++) {
            NodeId f = servers.get(i);
            if (!f.equals(self)) replicateLog(ctx, f, commitLength);
        }
        heartbeatTimer = ctx.setTimer(config.heartbeatMicros(), RaftTimer.HEARTBEAT);
    }

    int sent(NodeId follower) { return progress.sent(follower); }
    int acked(NodeId follower) { return progress.acked(follower); }
    /** The client requests this term's entries hold. */
    TermRequests requests() { return requests; }

    void stop(Context ctx) {
        ctx.cancelTimer(heartbeatTimer);
    }

    /**
     * Lecture 6.2 "periodically: if leader, ReplicateLog to each follower". Batching skips a
     * follower whose request with entries is younger than a heartbeat (that request is the
     * heartbeat); an older one is presumed lost and sent again.
     */
    void onHeartbeat(Context ctx, int commitLength) {
        for (int i = 0; i < servers.size(); i++) {
            NodeId f = servers.get(i);
            if (f.equals(self)) continue;
            long since = progress.awaitingSince(f);
            if (!config.batch() || since < 0 || ctx.now() - since >= config.heartbeatMicros()) replicateLog(ctx, f, commitLength);
        }
        heartbeatTimer = ctx.setTimer(config.heartbeatMicros(), RaftTimer.HEARTBEAT);
    }

    /**
     * Lecture 6.2 "on request to broadcast": after appending, ReplicateLog to each follower;
     * with {@code batch=on}, a follower that still owes an answer gets the entry later.
     */
    void onAppend(Context ctx, int commitLength) {
        for (int i = 0; i < servers.size(); i++) {
            NodeId f = servers.get(i);
            if (!f.equals(self) && !(config.batch() && progress.awaitingSince(f) >= 0)) replicateLog(ctx, f, commitLength);
        }
    }

    /** Lecture 6.2 ReplicateLog: prefixLen = sentLength[f], the suffix is everything after it. */
    void replicateLog(Context ctx, NodeId follower, int commitLength) {
        int prefixLen = progress.sent(follower);
        int prefixTerm = prefixLen > 0 ? log.term(prefixLen - 1) : 0;
        if (prefixLen < log.length()) progress.sentEntries(follower, ctx.now(), log.length());
        ctx.send(follower, new LogRequest(storage.currentTerm(), self, prefixLen, prefixTerm, commitLength, log.suffix(prefixLen)));
    }

    /**
     * Lecture 6.2 "on receiving LogResponse" (of this term): success moves sentLength and
     * ackedLength to ack; failure walks sentLength back by one and retries. Two guards the
     * lecture omits, because the lab's network duplicates and reorders: a success acking less
     * than already acked is stale, and a failure counts only if it is about the prefixLen
     * being tried. Returns true when ackedLength moved, so commitment may have too.
     */
    boolean onLogResponse(Context ctx, LogResponse r, int commitLength) {
        NodeId f = r.follower();
        if (r.success()) {
            if (r.ack() < progress.acked(f)) return false;
            progress.answered(f, true, r.ack());
            progress.acknowledged(f, r.ack());
            return true;
        }
        if (r.ack() == progress.sent(f) && progress.sent(f) > 0) {
            progress.answered(f, false, r.ack());
            progress.setSent(f, progress.sent(f) - 1);
            replicateLog(ctx, f, commitLength);
        }
        return false;
    }

    /** Batching: what arrived while a follower's request was out goes now, in one request. */
    void continueBatch(Context ctx, NodeId follower, int commitLength) {
        if (config.batch() && progress.sent(follower) < log.length()) replicateLog(ctx, follower, commitLength);
    }

    /** The longest log length a majority has acknowledged (lecture 6.2 {@code acks(len) >= minAcks}). */
    int majorityAcked() {
        return progress.majorityAcked(log.length());
    }
}
