package distlab.protocol.twopc;

import distlab.protocol.twopc.CoordinatorLog.Begun;
import distlab.protocol.twopc.TwoPcMessage.Begin;
import distlab.protocol.twopc.TwoPcMessage.Decision;
import distlab.protocol.twopc.TwoPcMessage.Execute;
import distlab.protocol.twopc.TwoPcMessage.Executed;
import distlab.protocol.twopc.TwoPcMessage.Finished;
import distlab.protocol.twopc.TwoPcMessage.Prepare;
import distlab.protocol.twopc.TwoPcMessage.Vote;
import distlab.protocol.twopc.TwoPcTimer.VoteTimeout;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.snapshot.NotState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Two-phase commit's coordinator, n1 (lecture 7.1). It has each participant execute its part,
 * then sends prepare; with every vote yes it decides commit, with any no or a missing vote at
 * the timeout it decides abort. It logs the decision before sending it, the point of no return,
 * and on restart resends every logged decision and aborts what it never decided.
 * <p>Under {@code ft=on} it only starts a transaction (execute, then (Prepare, T, R)); the
 * participants' votes, delivered in total order, decide it at every node, the coordinator too,
 * which then tells the client.
 */
final class Coordinator extends TwoPcNode {
    /** A transaction being run: who has executed, the votes in, the timer. Volatile. */
    private static final class Round {
        final Set<NodeId> executed = new TreeSet<>();
        final Map<NodeId, Boolean> votes = new TreeMap<>();
        boolean prepareSent;
        /** The kernel knows which timers are pending: an id only tells how it was set (explore). */
        @NotState long timer = -1;
    }

    private final Map<Integer, Round> rounds = new TreeMap<>();
    /** bug=nolog: decisions sent but never logged, kept only in memory. */
    private final Map<Integer, Outcome> unlogged = new TreeMap<>();

    Coordinator(Disk disk, TwoPcShared shared) {
        super(disk, shared);
    }

    private CoordinatorLog log() {
        return disk.coordinator;
    }

    /** Lecture 7.1: a recovering coordinator resends the decisions in its log, and aborts what it never decided. */
    @Override
    void recover(Context ctx) {
        for (Begun b : log().all()) {
            Outcome decided = log().decision(b.txn());
            if (decided != null) {
                if (!ft()) for (NodeId p : b.transaction().participants()) ctx.send(p, new Decision(b.txn(), decided));
                ctx.send(b.client(), new Finished(b.txn(), decided));
            } else if (ft()) {
                // Fault-tolerant: the votes decide, not the coordinator. It asks for the outcome, which
                // also prompts every participant to vote (one that never executed votes no).
                Round round = new Round();
                round.prepareSent = true;
                rounds.put(b.txn(), round);
                askEveryone(ctx, b.txn(), b.transaction().participants());
                round.timer = ctx.setTimer(shared.settings.commitTimeout(), new VoteTimeout(b.txn()));
            } else {
                ctx.local("op" + b.txn() + " has no decision in the log: abort");
                decide(ctx, b.txn(), Outcome.ABORT);
            }
        }
    }

    @Override
    void handle(Context ctx, NodeId from, TwoPcMessage message) {
        if (message instanceof Begin b) begin(ctx, from, b);
        else if (message instanceof Executed e) executed(ctx, from, e.txn());
        else if (message instanceof Vote v && !ft()) vote(ctx, from, v);
        else if (message instanceof Decision d && ft()) settle(ctx, d.txn(), d.outcome(), null); // an answer to its query
    }

    private void begin(Context ctx, NodeId client, Begin b) {
        if (log().knows(b.txn())) {
            Outcome decided = outcomeHere(b.txn());
            if (decided != null) ctx.send(client, new Finished(b.txn(), decided));
            return;
        }
        log().begin(b.txn(), client, b.transaction());
        start(ctx, log().begun(b.txn()));
    }

    /** Phase 0: each participant does its writes under locks. */
    private void start(Context ctx, Begun b) {
        Round round = new Round();
        rounds.put(b.txn(), round);
        List<NodeId> r = b.transaction().participants();
        for (NodeId p : r) ctx.send(p, new Execute(b.txn(), b.transaction().writesAt(p), r));
        round.timer = ctx.setTimer(shared.settings.commitTimeout(), new VoteTimeout(b.txn()));
    }

    /** Once every participant has executed: phase 1, (Prepare, T, R) to each. */
    private void executed(Context ctx, NodeId from, int txn) {
        Round round = rounds.get(txn);
        if (round == null || outcomeHere(txn) != null) return;
        round.executed.add(from);
        List<NodeId> r = participants(txn);
        if (!round.prepareSent && round.executed.containsAll(r)) {
            round.prepareSent = true;
            for (NodeId p : r) ctx.send(p, new Prepare(txn, r));
        }
    }

    /** Phase 2: commit only if every participant voted yes; one no is enough to abort. */
    private void vote(Context ctx, NodeId from, Vote v) {
        Round round = rounds.get(v.txn());
        if (round == null || outcomeHere(v.txn()) != null) return;
        round.votes.put(from, v.yes());
        if (!v.yes()) decide(ctx, v.txn(), Outcome.ABORT);
        else if (round.votes.keySet().containsAll(participants(v.txn()))) decide(ctx, v.txn(), Outcome.COMMIT);
    }

    @Override
    void timer(Context ctx, TwoPcTimer timer) {
        if (!(timer instanceof VoteTimeout t) || outcomeHere(t.txn()) != null || !rounds.containsKey(t.txn())) return;
        if (!ft()) {
            // A missing vote counts as no: the coordinator has promised nothing yet.
            ctx.local("op" + t.txn() + ": not every vote in before the timeout: abort");
            decide(ctx, t.txn(), Outcome.ABORT);
            return;
        }
        // ft: the coordinator cannot decide alone. It asks for the outcome, which prompts every
        // participant to vote (one that never executed votes no), and hands its own votes over again.
        Round round = rounds.get(t.txn());
        askEveryone(ctx, t.txn(), participants(t.txn()));
        castAgain(ctx, t.txn());
        round.timer = ctx.setTimer(shared.settings.commitTimeout(), new VoteTimeout(t.txn()));
    }

    /** Lecture 7.1: log the decision durably, then send it (bug=nolog skips the log). */
    private void decide(Context ctx, int txn, Outcome outcome) {
        if (shared.settings.bug() == Bug.NOLOG) {
            unlogged.put(txn, outcome);
            ctx.local(outcome.word() + " op" + txn + " (not logged)");
        } else {
            log().decide(txn, outcome);
            ctx.local("log " + outcome.word() + " op" + txn);
        }
        for (NodeId p : participants(txn)) ctx.send(p, new Decision(txn, outcome));
        finish(ctx, txn, outcome);
    }

    /** ft=on: the delivered votes (or an answer to a query) decided the transaction. */
    @Override
    void settle(Context ctx, int txn, Outcome outcome, List<NodeId> participants) {
        if (!log().knows(txn) || outcomeHere(txn) != null) return;
        log().decide(txn, outcome);
        ctx.local("log " + outcome.word() + " op" + txn);
        finish(ctx, txn, outcome);
    }

    private void finish(Context ctx, int txn, Outcome outcome) {
        Round round = rounds.remove(txn);
        if (round != null) ctx.cancelTimer(round.timer);
        forgetVotes(txn);
        ctx.send(log().begun(txn).client(), new Finished(txn, outcome));
    }

    private List<NodeId> participants(int txn) {
        return log().begun(txn).transaction().participants();
    }

    @Override
    Outcome outcomeHere(int txn) {
        Outcome logged = log().decision(txn);
        return logged != null ? logged : unlogged.get(txn);
    }

    @Override
    Map<Integer, List<NodeId>> undecided() {
        Map<Integer, List<NodeId>> out = new LinkedHashMap<>();
        for (int txn : rounds.keySet()) out.put(txn, participants(txn));
        return out;
    }

    /** For the pane: what the coordinator is doing about a transaction it has not decided. */
    String progress(int txn) {
        Round round = rounds.get(txn);
        if (round == null) return null;
        int n = participants(txn).size();
        if (!round.prepareSent) return "executing " + round.executed.size() + "/" + n;
        return ft() ? "votes by total order" : "votes " + round.votes.size() + "/" + n;
    }
}
