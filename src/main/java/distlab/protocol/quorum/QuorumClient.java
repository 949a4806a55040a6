package distlab.protocol.quorum;

import distlab.protocol.client.ClientProcess;
import distlab.protocol.client.History;
import distlab.protocol.client.KvRequest;
import distlab.protocol.client.Op;
import distlab.protocol.quorum.OpAttempt.Phase;
import distlab.protocol.quorum.QuorumMessage.Ack;
import distlab.protocol.quorum.QuorumMessage.Read;
import distlab.protocol.quorum.QuorumMessage.ReadReply;
import distlab.protocol.quorum.QuorumMessage.Repair;
import distlab.protocol.quorum.QuorumMessage.Write;
import distlab.protocol.quorum.QuorumMessage.WriteBack;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A quorum client (docs/commands.md, protocol "quorum"; lecture 5.2). Every request of an op goes to every
 * replica, in node order, so an op on n replicas sends n consecutive messages.
 * <ul>
 * <li>put: send (KEY, VALUE, timestamp) to all; ok after w acks.</li>
 * <li>get: ask all; after r replies pick the greatest timestamp. Read repair sends it to the
 *     repliers that had older versions; it goes on after the get returned, as the remaining
 *     replies arrive (see {@link FinishedRead}). With write-back (ABD) the get instead writes
 *     the value back to all replicas and returns after w acks; that reaches every replica, so no
 *     separate repair is sent. A get that found nothing has nothing to write back.</li>
 * <li>writequery (an extension for several writers, multi-writer ABD): a put first asks every
 *     replica for its timestamp and, after r replies, writes with a greater one, so a write
 *     that starts after another completed gets a greater timestamp.</li>
 * <li>timeout: an op still waiting fails; a put's outcome is then unknown.</li>
 * </ul>
 */
final class QuorumClient extends ClientProcess {
    /** Finished gets remembered for repairing late replies. */
    private static final int RECENT_READS = 32;

    /** Timer tag of an op's timeout; printed in the trace as {@code timeout op3}. */
    record OpTimeout(int op) implements TimerTag {
        @Override public String toString() { return "timeout op" + op; }
    }

    private final QuorumSettings settings;
    private final QuorumLedger ledger;
    private final ClientClock clock;
    private final Map<Integer, FinishedRead> recentReads = new LinkedHashMap<>();
    private OpAttempt current;

    QuorumClient(History history, QuorumSettings settings, QuorumLedger ledger, ClientClock clock) {
        super(history);
        this.settings = settings;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The op in progress and how far it got, e.g. {@code acks 1/2}; null when idle. */
    String progress() {
        return current == null ? null : current.progress();
    }

    @Override
    protected void begin(Context ctx, Op op) {
        long timer = ctx.setTimer(settings.timeoutMicros(), new OpTimeout(op.id()));
        boolean put = op.request() instanceof KvRequest.Put;
        if (put && !settings.writeQuery()) {
            current = new OpAttempt(op, Phase.WRITE, settings, timer);
            write(ctx);
            return;
        }
        current = new OpAttempt(op, put ? Phase.QUERY : Phase.READ, settings, timer);
        for (NodeId replica : ctx.servers()) ctx.send(replica, new Read(op.id(), op.key()));
    }

    /**
     * Sends the put's (KEY, VALUE, timestamp) to every replica; the timestamp is new, unless it
     * is the client's physical clock reading (timestamps=physical), which may lie behind
     * timestamps already stored (lecture 3.1).
     */
    private void write(Context ctx) {
        Op op = current.op;
        Timestamp ts = settings.physicalTimestamps() ? new Timestamp(ctx.clock().read(), ctx.self(), true)
                : new Timestamp(clock.next(), ctx.self());
        ledger.wrote(op.id(), ts);
        String value = ((KvRequest.Put) op.request()).value();
        for (NodeId replica : ctx.servers()) ctx.send(replica, new Write(op.id(), op.key(), value, ts));
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        if (payload instanceof ReadReply reply) {
            clock.seen(Versioned.counterOf(reply.stored()));
            if (current != null && current.isFor(reply.op(), Phase.READ)) {
                if (current.reply(from, reply.stored())) readQuorumReached(ctx);
            } else if (current != null && current.isFor(reply.op(), Phase.QUERY)) {
                // Multi-writer ABD: r replies overlap every completed write's w acks, so the
                // clock now exceeds every completed write's timestamp.
                if (current.reply(from, reply.stored())) {
                    current.startWrite();
                    write(ctx);
                }
            } else {
                lateReply(ctx, from, reply);
            }
        } else if (payload instanceof Ack ack) {
            if (ack.stored() != null) clock.seen(ack.stored().counter());
            if (current == null || current.op.id() != ack.op()) return;
            if (current.phase() != Phase.WRITE && current.phase() != Phase.WRITE_BACK) return;
            if (current.ack(from)) {
                if (current.phase() == Phase.WRITE) complete(ctx, null);
                else complete(ctx, current.newest());
            }
        }
    }

    private void readQuorumReached(Context ctx) {
        Versioned newest = current.newestReply();
        if (current.writeBack && newest != null) {
            // ABD: make sure a quorum holds the value before returning it, so no later read misses it.
            current.startWriteBack(newest);
            Op op = current.op;
            for (NodeId replica : ctx.servers()) ctx.send(replica, new WriteBack(op.id(), op.key(), newest.value(), newest.ts()));
            return;
        }
        if (current.readRepair && newest != null) {
            for (NodeId stale : current.repliedOlderThan(newest)) {
                ctx.send(stale, new Repair(current.op.key(), newest.value(), newest.ts()));
            }
        }
        complete(ctx, newest);
    }

    /** A reply for a get that already returned: read repair goes on (see {@link FinishedRead}). */
    private void lateReply(Context ctx, NodeId from, ReadReply reply) {
        FinishedRead read = recentReads.get(reply.op());
        if (read == null) return;
        for (NodeId behind : read.lateReply(from, reply.stored())) {
            ctx.send(behind, new Repair(read.key, read.newest().value(), read.newest().ts()));
        }
    }

    /** The op succeeded; a get returns {@code read} (null: none). */
    private void complete(Context ctx, Versioned read) {
        OpAttempt done = current;
        current = null;
        ctx.cancelTimer(done.timerId);
        Op op = done.op;
        if (op.request() instanceof KvRequest.Put) {
            finish(ctx, Op.Status.OK, null, null, true);
            return;
        }
        ledger.returned(op.id(), Versioned.tsOf(read));
        if (done.readRepair && !done.writeBack) remember(op.id(), new FinishedRead(op.key(), done.replies(), read));
        finish(ctx, Op.Status.OK, read == null ? "none" : read.value(), null, true);
    }

    private void remember(int op, FinishedRead read) {
        if (recentReads.size() >= RECENT_READS) recentReads.remove(recentReads.keySet().iterator().next());
        recentReads.put(op, read);
    }

    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        if (!(tag instanceof OpTimeout t) || current == null || current.op.id() != t.op()) return;
        OpAttempt done = current;
        current = null;
        // A put that timed out may still have been stored by some replicas: its outcome is
        // unknown (Jepsen's :info). A get changes nothing, so its failure is a known outcome.
        boolean put = done.op.request() instanceof KvRequest.Put;
        finish(ctx, Op.Status.FAILED, null, "timeout after " + done.progress(), !put);
    }
}
