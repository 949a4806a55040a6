package distlab.protocol.twopc;

import distlab.protocol.client.ClientProcess;
import distlab.protocol.client.History;
import distlab.protocol.client.Op;
import distlab.protocol.twopc.TwoPcMessage.Begin;
import distlab.protocol.twopc.TwoPcMessage.Finished;
import distlab.protocol.twopc.TwoPcTimer.Resend;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;
import distlab.sim.snapshot.NotState;

/**
 * A client of two-phase commit: it hands its transaction to the coordinator, n1, and waits for
 * the outcome: ok when committed, failed when aborted. With no answer after the timeout it hands
 * it over again (the coordinator runs each transaction once and answers a known one with its
 * outcome). While the coordinator is down the op stays pending: the client cannot know how it ended.
 */
final class TwoPcClient extends ClientProcess {
    @NotState private final TwoPcSettings settings;
    @NotState private long timer = -1;

    TwoPcClient(History history, TwoPcSettings settings) {
        super(history);
        this.settings = settings;
    }

    @Override
    protected void begin(Context ctx, Op op) {
        send(ctx, op);
    }

    private void send(Context ctx, Op op) {
        ctx.send(TwoPcShared.coordinator(ctx.servers()), new Begin(op.id(), (Transaction) op.request()));
        timer = ctx.setTimer(settings.commitTimeout(), new Resend(op.id()));
    }

    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        Op op = outstanding();
        if (tag instanceof Resend r && op != null && r.txn() == op.id()) send(ctx, op);
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        Op op = outstanding();
        if (!(payload instanceof Finished f) || op == null || f.txn() != op.id()) return;
        ctx.cancelTimer(timer);
        if (f.outcome() == Outcome.COMMIT) finish(ctx, Op.Status.OK, null, null, true);
        else finish(ctx, Op.Status.FAILED, null, "aborted", true);
    }
}
