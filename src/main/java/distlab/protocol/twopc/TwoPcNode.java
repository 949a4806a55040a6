package distlab.protocol.twopc;

import distlab.protocol.broadcast.Broadcast;
import distlab.protocol.broadcast.BroadcastLayer;
import distlab.protocol.broadcast.BroadcastMessage;
import distlab.protocol.fd.HeartbeatDetector;
import distlab.protocol.fd.SuspicionLog;
import distlab.protocol.twopc.TwoPcMessage.Decision;
import distlab.protocol.twopc.TwoPcMessage.HandOff;
import distlab.protocol.twopc.TwoPcMessage.Query;
import distlab.protocol.twopc.TwoPcMessage.Vote;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.TimerTag;
import distlab.sim.snapshot.NotState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the coordinator and the participants share: their disk, and under {@code ft=on} the
 * machinery of lecture 7.1's fault-tolerant two-phase commit.
 * <ul>
 * <li>Votes go by total order broadcast. A node hands a vote to the sequencer, which broadcasts
 *     it with its place in the one order; every node delivers the votes in that order into its
 *     {@link VoteTally}, where the first vote per participant counts. The lab's broadcast layer
 *     does not retransmit, so the hand-off is repeated, on each timeout, until the transaction is
 *     decided; the sequencer broadcasts a vote only while it can still count.</li>
 * <li>A failure detector (lecture 2.4) runs on every node; when it suspects a participant, the
 *     node votes no on its behalf for every undecided transaction it takes part in.</li>
 * <li>A node that missed ordered votes (it was down, or they were lost) cannot deliver later
 *     ones; it asks the others for the outcome, and whoever has decided answers.</li>
 * </ul>
 * The detector and the votes waiting to be ordered are volatile; the tally and the layer are
 * on disk.
 */
abstract class TwoPcNode implements Process {
    /** The node's storage (fingerprinted as the node's own) and the module's shared state: not this object's state. */
    @NotState final Disk disk;
    @NotState final TwoPcShared shared;
    private HeartbeatDetector detector;
    /** ft=on: votes this node cast, per transaction, handed to the sequencer again until it is decided. */
    private final Map<Integer, List<Vote>> outbox = new TreeMap<>();

    TwoPcNode(Disk disk, TwoPcShared shared) {
        this.disk = disk;
        this.shared = shared;
    }

    boolean ft() {
        return shared.settings.ft();
    }

    /** Recovers from the disk after a restart (nothing to do on a first start). */
    abstract void recover(Context ctx);

    /** A two-phase commit message arrived. */
    abstract void handle(Context ctx, NodeId from, TwoPcMessage message);

    abstract void timer(Context ctx, TwoPcTimer timer);

    /** The outcome of a transaction became known here, by the votes delivered or by an answer. */
    abstract void settle(Context ctx, int txn, Outcome outcome, List<NodeId> participants);

    /** The outcome this node knows, or null. */
    abstract Outcome outcomeHere(int txn);

    /** The outcome this node can tell: its own, or (ft=on) what the votes it delivered decide. */
    final Outcome knownOutcome(int txn) {
        Outcome here = outcomeHere(txn);
        return here != null ? here : disk.tally.outcome(txn);
    }

    /** Undecided transactions this node knows of, with their participants: those a suspicion votes on. */
    abstract Map<Integer, List<NodeId>> undecided();

    @Override
    public final void onStart(Context ctx) {
        if (ft()) startDetector(ctx);
        recover(ctx);
    }

    /** {@code config ft=} changed while the node is up: start or stop its failure detector. */
    final void ftChanged(Context ctx) {
        if (ft() && detector == null) startDetector(ctx);
        if (!ft()) detector = null;
    }

    /** {@code config heartbeat=} changed: the next heartbeat goes out one new interval from now. */
    final void heartbeatChanged(Context ctx) {
        if (detector != null) detector.heartbeatChanged(ctx);
    }

    private void startDetector(Context ctx) {
        detector = new HeartbeatDetector(shared.settings, SuspicionLog.NONE);
        detector.onStart(ctx);
    }

    /** The failure detector's suspects (empty with ft off). */
    final List<NodeId> suspects() {
        return detector == null ? List.of() : List.copyOf(detector.suspects());
    }

    @Override
    public final void onMessage(Context ctx, NodeId from, Object payload) {
        if (detector != null && detector.onMessage(ctx, from, payload)) return;
        if (payload instanceof BroadcastMessage m) {
            delivered(ctx, disk.layer.onMessage(ctx, from, m));
        } else if (payload instanceof HandOff h) {
            order(ctx, h.vote());
        } else if (payload instanceof Query q && knownOutcome(q.txn()) != null) {
            ctx.send(from, new Decision(q.txn(), knownOutcome(q.txn())));
        } else if (payload instanceof TwoPcMessage m) {
            handle(ctx, from, m);
        }
    }

    @Override
    public final void onTimer(Context ctx, TimerTag tag) {
        if (detector != null && detector.onTimer(ctx, tag)) {
            for (NodeId suspect : detector.takeNewSuspicions()) suspected(ctx, suspect);
        } else if (tag instanceof TwoPcTimer t) {
            timer(ctx, t);
        }
    }

    /** Lecture 7.1: a node that suspects a participant votes no for it in each transaction it takes part in. */
    private void suspected(Context ctx, NodeId suspect) {
        for (Map.Entry<Integer, List<NodeId>> t : undecided().entrySet()) {
            if (t.getValue().contains(suspect)) castVote(ctx, new Vote(t.getKey(), suspect, false, t.getValue()));
        }
    }

    /** ft=on: votes by total order broadcast, by way of the sequencer. */
    final void castVote(Context ctx, Vote vote) {
        keepVote(vote);
        handOff(ctx, vote);
    }

    /** Keeps a vote to hand over again until its transaction is decided (the outbox is volatile: a restart refills it). */
    final void keepVote(Vote vote) {
        List<Vote> mine = outbox.computeIfAbsent(vote.txn(), t -> new ArrayList<>());
        if (!mine.contains(vote)) mine.add(vote);
    }

    /** Hands every vote this node cast for an undecided transaction to the sequencer again. */
    final void castAgain(Context ctx, int txn) {
        for (Vote v : outbox.getOrDefault(txn, List.of())) handOff(ctx, v);
    }

    private void handOff(Context ctx, Vote vote) {
        NodeId sequencer = shared.pinSequencer(ctx.servers());
        if (sequencer.equals(ctx.self())) order(ctx, vote);
        else ctx.send(sequencer, new HandOff(vote));
    }

    /**
     * At the sequencer: a vote joins the total order unless it can no longer count (its voter
     * has a first vote, or the transaction is decided); the sequencer delivers it at once.
     */
    private void order(Context ctx, Vote vote) {
        if (disk.tally.hasVote(vote.txn(), vote.voter()) || disk.tally.outcome(vote.txn()) != null) return;
        shared.pinSequencer(ctx.servers());
        BroadcastLayer.Sent sent = disk.layer.broadcast(ctx, vote);
        delivered(ctx, sent.delivered());
    }

    /** Votes delivered in the total order: count each, and settle the transactions they decide. */
    private void delivered(Context ctx, List<Broadcast> delivered) {
        for (Broadcast b : delivered) {
            if (!(b.payload() instanceof Vote v) || !disk.tally.deliver(v)) continue;
            Outcome outcome = disk.tally.outcome(v.txn());
            if (outcome != null && outcomeHere(v.txn()) == null) settle(ctx, v.txn(), outcome, v.participants());
        }
    }

    /** The transaction is decided here: no vote of it needs ordering any more. */
    final void forgetVotes(int txn) {
        outbox.remove(txn);
    }

    /** Sends a query to every other server (ft=on): whoever knows the outcome answers, and participants vote. */
    final void askEveryone(Context ctx, int txn, List<NodeId> participants) {
        for (NodeId n : ctx.servers()) if (!n.equals(ctx.self())) ctx.send(n, new Query(txn, participants));
    }
}
