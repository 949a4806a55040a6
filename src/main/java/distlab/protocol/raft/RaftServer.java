package distlab.protocol.raft;

import distlab.protocol.raft.ClientMessage.Redirect;
import distlab.protocol.raft.ClientMessage.Reply;
import distlab.protocol.raft.ClientMessage.Request;
import distlab.protocol.raft.RaftMessage.LogRequest;
import distlab.protocol.raft.RaftMessage.LogResponse;
import distlab.protocol.raft.RaftMessage.VoteRequest;
import distlab.protocol.raft.RaftMessage.VoteResponse;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.TimerTag;
import distlab.sim.snapshot.NotState;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Raft server, following lecture 6.2's formulation of Raft (Kleppmann's pseudocode:
 * sentLength/ackedLength, commitLength, logOk) with the Raft paper's (Ongaro and
 * Ousterhout 2014, Figure 2) rules where the lecture leaves a gap. The fields here are
 * volatile: a crash throws this object away and a restart builds a new one around the same
 * {@link RaftStorage} (term, vote, log), the lecture's "on recovery from crash".
 */
public final class RaftServer implements Process {
    public enum Role {
        FOLLOWER, CANDIDATE, LEADER;

        public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    private final NodeId self;
    /** The node's storage (fingerprinted as the node's own) and the module's settings: not this object's state. */
    @NotState private final RaftStorage storage;
    @NotState private final RaftLog log;
    @NotState private final RaftConfig config;
    private final KvStateMachine stateMachine = new KvStateMachine();
    private final Set<NodeId> votesReceived = new TreeSet<>();
    private Role role = Role.FOLLOWER;
    private NodeId currentLeader;
    private int commitLength;
    /** Non-null exactly while this node is the leader. */
    private Leadership leadership;
    /** The kernel knows which timers are pending: the id and deadline only tell how they were set. */
    @NotState private long electionTimer = -1;
    @NotState private long electionDeadline = -1;

    RaftServer(NodeId self, RaftStorage storage, RaftConfig config) {
        this.self = self;
        this.storage = storage;
        this.log = storage.log();
        this.config = config;
    }

    // ---- what views and the checker read ----

    public Role role() { return role; }
    public NodeId currentLeader() { return currentLeader; }
    public int commitLength() { return commitLength; }
    public KvStateMachine stateMachine() { return stateMachine; }
    public Set<NodeId> votesReceived() { return Collections.unmodifiableSet(votesReceived); }
    /** When the election timer fires, or -1 when none runs (a leader). */
    public long electionDeadline() { return electionDeadline; }
    /** sentLength of a follower, or -1 unless leader. */
    public int sentLength(NodeId follower) { return leadership == null ? -1 : leadership.sent(follower); }
    /** ackedLength of a follower, or -1 unless leader. */
    public int ackedLength(NodeId follower) { return leadership == null ? -1 : leadership.acked(follower); }

    // ---- stimuli ----

    @Override
    public void onStart(Context ctx) {
        // Lecture 6.2 "on initialisation / on recovery from crash": a follower that knows no
        // leader, has no votes and no commit point; the election timer starts.
        if (config.bug() == RaftConfig.Bug.FORGET_VOTE) storage.setVotedFor(null);
        resetElectionTimer(ctx);
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        if (payload instanceof RaftMessage m) {
            observeTerm(ctx, m.term());
            if (m instanceof VoteRequest r) onVoteRequest(ctx, r);
            else if (m instanceof VoteResponse r) onVoteResponse(ctx, r);
            else if (m instanceof LogRequest r) onLogRequest(ctx, r);
            else if (m instanceof LogResponse r) onLogResponse(ctx, r);
        } else if (payload instanceof Request r) {
            onClientRequest(ctx, from, r);
        }
    }

    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        if (tag == RaftTimer.ELECTION) {
            electionTimer = -1;
            startElection(ctx);
        } else if (tag == RaftTimer.HEARTBEAT && leadership != null) {
            leadership.onHeartbeat(ctx, commitLength);
        }
    }

    /** The {@code timeout NODE} command: the election timer fires now. */
    public void timeoutNow(Context ctx) {
        ctx.cancelTimer(electionTimer);
        electionTimer = -1;
        startElection(ctx);
    }

    // ---- terms ----

    /**
     * Raft paper §5.1 / Figure 2 "rules for all servers": a message with a higher term makes
     * the node adopt that term, forget its vote and become a follower. This one rule demotes
     * stale leaders and candidates (lecture 6.2: "any node that sees a higher term adopts it").
     */
    private void observeTerm(Context ctx, int term) {
        if (term <= storage.currentTerm()) return;
        storage.setCurrentTerm(term);
        storage.setVotedFor(null);
        currentLeader = null;
        if (role == Role.LEADER) {
            stopLeading(ctx);
            resetElectionTimer(ctx);
        }
        role = Role.FOLLOWER;
        votesReceived.clear();
    }

    // ---- elections ----

    /**
     * Lecture 6.2 "on election timeout": term + 1, become candidate, vote for yourself,
     * and ask every other node for its vote with your log's length and last term.
     */
    private void startElection(Context ctx) {
        if (role == Role.LEADER) return;
        storage.setCurrentTerm(storage.currentTerm() + 1);
        storage.setVotedFor(self);
        role = Role.CANDIDATE;
        currentLeader = null;
        votesReceived.clear();
        votesReceived.add(self);
        ctx.sendToOtherServers(new VoteRequest(storage.currentTerm(), self, log.length(), log.lastTerm()));
        resetElectionTimer(ctx);
        if (votesReceived.size() >= majority(ctx)) becomeLeader(ctx);
    }

    /**
     * Lecture 6.2 "on receiving VoteRequest": grant the vote only if the term check (this term,
     * and no vote yet for anybody else) and the log check (candidate's last term higher, or
     * equal with a log at least as long) both pass. Granting resets the election timer
     * (Raft paper §5.2).
     */
    private void onVoteRequest(Context ctx, VoteRequest r) {
        boolean logOk = LogRules.candidateUpToDate(log, r.lastTerm(), r.logLength())
                || config.bug() == RaftConfig.Bug.NO_LOG_CHECK;
        boolean termOk = r.term() == storage.currentTerm()
                && (storage.votedFor() == null || storage.votedFor().equals(r.candidate()));
        boolean granted = logOk && termOk;
        if (granted) {
            storage.setVotedFor(r.candidate());
            resetElectionTimer(ctx);
        }
        ctx.send(r.candidate(), new VoteResponse(storage.currentTerm(), self, granted));
    }

    /** Lecture 6.2 "on receiving VoteResponse": count votes of this term; a majority makes a leader. */
    private void onVoteResponse(Context ctx, VoteResponse r) {
        if (role != Role.CANDIDATE || r.term() != storage.currentTerm() || !r.granted()) return;
        votesReceived.add(r.voter());
        if (votesReceived.size() >= majority(ctx)) becomeLeader(ctx);
    }

    private void becomeLeader(Context ctx) {
        role = Role.LEADER;
        currentLeader = self;
        ctx.cancelTimer(electionTimer);
        electionTimer = -1;
        electionDeadline = -1;
        leadership = new Leadership(ctx, storage, config, commitLength);
        commitLogEntries(ctx);
    }

    private void stopLeading(Context ctx) {
        leadership.stop(ctx);
        leadership = null;
    }

    // ---- clients ----

    /**
     * Lecture 6.2 "on request to broadcast": the leader appends the command with its term and
     * replicates it; any other node redirects the client to the leader it knows (docs/commands.md, protocols).
     * A retry of a request already applied is answered from the state machine's dedup table;
     * a retry of one already appended in this term waits for that entry.
     */
    private void onClientRequest(Context ctx, NodeId client, Request r) {
        if (role != Role.LEADER) {
            ctx.send(client, new Redirect(r.seq(), currentLeader));
            return;
        }
        Command command = r.command();
        Outcome done = stateMachine.appliedOutcome(command);
        if (done != null) {
            reply(ctx, command, done);
            return;
        }
        if (stateMachine.isStale(command)) return;
        if (leadership.requests().contains(command)) return;
        if (log.isFull()) {
            ctx.send(client, new Reply(r.seq(), false, null, "log full"));
            return;
        }
        log.append(new LogEntry(storage.currentTerm(), command));
        leadership.requests().add(command);
        leadership.onAppend(ctx, commitLength);
        commitLogEntries(ctx);
    }

    private void reply(Context ctx, Command command, Outcome outcome) {
        ctx.send(command.client(), new Reply(command.seq(), outcome.ok(), outcome.value(), outcome.error()));
    }

    // ---- replication: the leader's side ----

    /** Lecture 6.2 "on receiving LogResponse": see {@link Leadership#onLogResponse}; then try to commit. */
    private void onLogResponse(Context ctx, LogResponse r) {
        if (r.term() != storage.currentTerm() || leadership == null) return;
        if (leadership.onLogResponse(ctx, r, commitLength)) {
            commitLogEntries(ctx);
            leadership.continueBatch(ctx, r.follower(), commitLength);
        }
    }

    /**
     * Lecture 6.2 CommitLogEntries: the longest length acknowledged by a majority is committed
     * only if its last entry has the leader's current term (older-term entries are committed
     * indirectly, Raft paper §5.4.2).
     */
    private void commitLogEntries(Context ctx) {
        int ready = leadership.majorityAcked();
        boolean currentTerm = ready > 0 && log.term(ready - 1) == storage.currentTerm();
        if (ready > commitLength && (currentTerm || config.bug() == RaftConfig.Bug.OLD_TERMS)) applyUpTo(ctx, ready);
    }

    // ---- replication: the follower's side ----

    /**
     * Lecture 6.2 "on receiving LogRequest": a request of the current term makes this node a
     * follower of its sender (and counts as hearing from the leader: the election timer
     * restarts). If logOk ({@link LogRules#prefixMatches}), AppendEntries and ack
     * prefixLen + suffix length; else fail.
     */
    private void onLogRequest(Context ctx, LogRequest r) {
        if (r.term() == storage.currentTerm()) {
            if (role == Role.LEADER) stopLeading(ctx);
            role = Role.FOLLOWER;
            currentLeader = r.leader();
            votesReceived.clear();
            resetElectionTimer(ctx);
        }
        if (r.term() == storage.currentTerm() && LogRules.prefixMatches(log, r.prefixLen(), r.prefixTerm())) {
            // Lecture 6.2 AppendEntries, then adopt leaderCommit, capped at the entries this
            // request vouched for (Raft paper Figure 2, AppendEntries rule 5).
            int vouched = LogRules.appendSuffix(log, r.prefixLen(), r.suffix());
            int newCommit = Math.min(r.leaderCommit(), vouched);
            if (newCommit > commitLength) applyUpTo(ctx, newCommit);
            ctx.send(r.leader(), new LogResponse(storage.currentTerm(), self, vouched, true));
        } else {
            ctx.send(r.leader(), new LogResponse(storage.currentTerm(), self, r.prefixLen(), false));
        }
    }

    /**
     * Delivers log[commitLength..newCommit-1] to the state machine in order; the leader
     * answers the clients of the entries it applies.
     */
    private void applyUpTo(Context ctx, int newCommit) {
        for (int i = commitLength; i < newCommit; i++) {
            Command command = log.get(i).command();
            Outcome outcome = stateMachine.apply(command);
            if (role == Role.LEADER && outcome != null && command.hasClient()) reply(ctx, command, outcome);
        }
        commitLength = newCommit;
    }

    // ---- helpers ----

    private void resetElectionTimer(Context ctx) {
        ctx.cancelTimer(electionTimer);
        long delay = ctx.rng().between(config.electionMinMicros(), config.electionMaxMicros());
        electionTimer = ctx.setTimer(delay, RaftTimer.ELECTION);
        electionDeadline = ctx.now() + delay;
    }

    private static int majority(Context ctx) {
        return ctx.servers().size() / 2 + 1;
    }
}
