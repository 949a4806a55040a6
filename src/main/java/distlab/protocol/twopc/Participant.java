package distlab.protocol.twopc;

import distlab.protocol.twopc.ParticipantLog.Prepared;
import distlab.protocol.twopc.TwoPcMessage.Decision;
import distlab.protocol.twopc.TwoPcMessage.Execute;
import distlab.protocol.twopc.TwoPcMessage.Executed;
import distlab.protocol.twopc.TwoPcMessage.Prepare;
import distlab.protocol.twopc.TwoPcMessage.Query;
import distlab.protocol.twopc.TwoPcMessage.Vote;
import distlab.protocol.twopc.TwoPcTimer.Waiting;
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
 * A two-phase commit participant (lecture 7.1). It executes its part of a transaction under
 * locks (working), and on prepare either logs the writes and votes yes (prepared: from then on
 * it may neither commit nor abort on its own) or votes no and aborts. A prepared participant
 * keeps its locks until it learns the decision; after each timeout with none it asks the
 * coordinator (ft=on: everyone). A participant still working when the timeout passes with no
 * prepare aborts: it has promised nothing yet.
 * <p>Its locks and unvoted work are volatile; what it is prepared for is on disk, so a restart
 * takes those locks again and asks at once (unless bug=forget).
 */
final class Participant extends TwoPcNode {
    /** Work on a transaction not yet voted on: its writes, R, and why it cannot commit (a lock held by another), or null. */
    private record Working(Map<String, String> writes, List<NodeId> participants, String conflict) {}

    private final Map<Integer, Working> working = new TreeMap<>();
    /** The lock table: key to the transaction holding it. */
    private final Map<String, Integer> locks = new TreeMap<>();
    /** Prepared transactions this node has asked about at least once: in doubt past its timeout, blocked. */
    private final Set<Integer> asked = new TreeSet<>();
    /** Timer ids by transaction; the kernel's pending timers (tagged with the transaction) are the state. */
    @NotState private final Map<Integer, Long> timers = new TreeMap<>();

    Participant(Disk disk, TwoPcShared shared) {
        super(disk, shared);
    }

    private ParticipantLog log() {
        return disk.participant;
    }

    @Override
    void recover(Context ctx) {
        for (int txn : log().inDoubt()) {
            if (shared.settings.bug() == Bug.FORGET) {
                ctx.local("op" + txn + " was not finished: abort (bug=forget: it was prepared)");
                apply(ctx, txn, Outcome.ABORT);
                continue;
            }
            // Lecture 7.1: the promise survives the crash: take the locks again and ask for the outcome.
            for (String key : log().prepared(txn).writes().keySet()) locks.put(key, txn);
            ask(ctx, txn);
            arm(ctx, txn);
        }
    }

    @Override
    void handle(Context ctx, NodeId from, TwoPcMessage message) {
        if (message instanceof Execute e) execute(ctx, from, e);
        else if (message instanceof Prepare p) prepare(ctx, p.txn(), p.participants());
        else if (message instanceof Query q && q.participants().contains(ctx.self())) prepare(ctx, q.txn(), q.participants());
        else if (message instanceof Decision d) settle(ctx, d.txn(), d.outcome(), null);
    }

    /** Do the writes tentatively: take every key's lock, or note the one held by another transaction. */
    private void execute(Context ctx, NodeId from, Execute e) {
        if (knows(e.txn())) {
            ctx.send(from, new Executed(e.txn()));
            return;
        }
        String conflict = null;
        for (String key : e.writes().keySet()) {
            Integer holder = locks.get(key);
            if (holder != null && holder != e.txn()) {
                conflict = key + " is locked by op" + holder;
                break;
            }
        }
        if (conflict == null) for (String key : e.writes().keySet()) locks.put(key, e.txn());
        else ctx.local("op" + e.txn() + " cannot lock: " + conflict);
        working.put(e.txn(), new Working(e.writes(), e.participants(), conflict));
        ctx.send(from, new Executed(e.txn()));
        arm(ctx, e.txn());
    }

    private boolean knows(int txn) {
        return working.containsKey(txn) || log().prepared(txn) != null || log().outcome(txn) != null;
    }

    /** Phase 1: log the writes and vote yes, or vote no and abort. */
    private void prepare(Context ctx, int txn, List<NodeId> participants) {
        if (log().outcome(txn) != null) return;
        if (log().prepared(txn) != null) {
            vote(ctx, txn, true, participants); // the coordinator asks again: the same vote
            return;
        }
        Working w = working.get(txn);
        String no = w == null ? "no record of it (lost in a crash, or never executed)" : w.conflict() != null ? w.conflict()
                : log().votesYes() ? null : "this node votes no";
        if (no != null) {
            ctx.local("vote no on op" + txn + ": " + no);
            apply(ctx, txn, Outcome.ABORT);
            vote(ctx, txn, false, participants);
            return;
        }
        // Lecture 7.1: the writes and the prepared record reach the disk before the yes is sent.
        working.remove(txn);
        log().prepare(txn, new Prepared(w.writes(), participants));
        ctx.local("log prepared op" + txn);
        vote(ctx, txn, true, participants);
        arm(ctx, txn);
    }

    private void vote(Context ctx, int txn, boolean yes, List<NodeId> participants) {
        Vote v = new Vote(txn, ctx.self(), yes, participants);
        if (ft()) castVote(ctx, v);
        else ctx.send(TwoPcShared.coordinator(ctx.servers()), v);
    }

    @Override
    void timer(Context ctx, TwoPcTimer timer) {
        if (!(timer instanceof Waiting t)) return;
        timers.remove(t.txn());
        Working w = working.get(t.txn());
        if (w != null) {
            // No prepare came: it has not voted, so it may still abort on its own, and says so.
            ctx.local("no prepare for op" + t.txn() + " in time: abort");
            apply(ctx, t.txn(), Outcome.ABORT);
            vote(ctx, t.txn(), false, w.participants());
        } else if (log().prepared(t.txn()) != null) {
            // In doubt: it may do neither on its own, only ask.
            asked.add(t.txn());
            ask(ctx, t.txn());
            arm(ctx, t.txn());
        }
    }

    private void ask(Context ctx, int txn) {
        List<NodeId> r = log().prepared(txn).participants();
        if (ft()) {
            askEveryone(ctx, txn, r);
            keepVote(new Vote(txn, ctx.self(), true, r)); // after a restart its yes is on disk only
            castAgain(ctx, txn);
        } else {
            ctx.send(TwoPcShared.coordinator(ctx.servers()), new Query(txn, r));
        }
    }

    private void arm(Context ctx, int txn) {
        Long old = timers.remove(txn);
        if (old != null) ctx.cancelTimer(old);
        timers.put(txn, ctx.setTimer(shared.settings.commitTimeout(), new Waiting(txn)));
    }

    @Override
    void settle(Context ctx, int txn, Outcome outcome, List<NodeId> participants) {
        if (!knows(txn) && participants != null && !participants.contains(ctx.self())) return; // not ours
        apply(ctx, txn, outcome);
    }

    /** Phase 2 at a participant: commit (apply the logged writes) or abort, then release the locks. */
    private void apply(Context ctx, int txn, Outcome outcome) {
        if (log().outcome(txn) != null) return;
        if (outcome == Outcome.COMMIT && log().prepared(txn) == null) {
            ctx.local("cannot commit op" + txn + ": no prepared record of it");
            return;
        }
        working.remove(txn);
        log().decide(txn, outcome);
        locks.values().removeIf(holder -> holder == txn);
        asked.remove(txn);
        Long timer = timers.remove(txn);
        if (timer != null) ctx.cancelTimer(timer);
        forgetVotes(txn);
        shared.ledger.applied(ctx.self(), txn, outcome);
    }

    @Override
    Outcome outcomeHere(int txn) {
        return log().outcome(txn);
    }

    @Override
    Map<Integer, List<NodeId>> undecided() {
        Map<Integer, List<NodeId>> out = new LinkedHashMap<>();
        for (Map.Entry<Integer, Working> w : working.entrySet()) out.put(w.getKey(), w.getValue().participants());
        for (int txn : log().inDoubt()) out.put(txn, log().prepared(txn).participants());
        return out;
    }

    // ---- for paths and the pane ----

    /** Where this node stands on a transaction, or null when it knows nothing of it. */
    TxnState state(int txn) {
        Outcome o = log().outcome(txn);
        if (o != null) return o.state();
        if (log().prepared(txn) != null) return TxnState.PREPARED;
        return working.containsKey(txn) ? TxnState.WORKING : null;
    }

    Set<Integer> working() { return working.keySet(); }
    Map<String, Integer> locks() { return locks; }
    boolean asked(int txn) { return asked.contains(txn); }
}
