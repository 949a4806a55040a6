package distlab.protocol.rpc;

import distlab.protocol.client.ClientProcess;
import distlab.protocol.client.History;
import distlab.protocol.client.Op;
import distlab.protocol.rpc.RpcMessage.ChargeReply;
import distlab.protocol.rpc.RpcMessage.ChargeRequest;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;

/**
 * The shop's client stub (lecture 1.3): it sends the charge and waits for the reply. After
 * {@code timeout} with no reply it cannot tell a lost request from a lost reply or a slow
 * service; with {@code retry=off} the call fails, its outcome unknown (at-most-once), with
 * {@code retry=on} it sends the same request again, up to {@code retries} times (at-least-once).
 * With {@code dedup=on} every attempt carries the same idempotency key, fixed when the call starts.
 */
final class RpcClient extends ClientProcess {
    /** The timer of one attempt; printed in the trace as {@code timeout op1}. */
    record CallTimeout(int op, int attempt) implements TimerTag {
        @Override public String toString() { return "timeout op" + op; }
    }

    private final RpcSettings settings;
    private final RpcLedger ledger;
    private RpcRequest.Charge charge;
    private String key;
    private int attempt;
    private long timer = -1;

    RpcClient(History history, RpcSettings settings, RpcLedger ledger) {
        super(history);
        this.settings = settings;
        this.ledger = ledger;
    }

    /** The call in progress, or null. */
    Op current() { return outstanding(); }

    /** Attempts of the call in progress. */
    int attempt() { return attempt; }

    @Override
    protected void begin(Context ctx, Op op) {
        charge = (RpcRequest.Charge) op.request();
        // The idempotency key names the operation, not the attempt: every retry carries the same one.
        key = settings.dedup() ? "k" + op.id() : null;
        attempt = 0;
        send(ctx);
    }

    private void send(Context ctx) {
        attempt++;
        int op = outstanding().id();
        ledger.attempted(op, key);
        ctx.send(charge.service(), new ChargeRequest(op, charge.amount(), attempt, key));
        timer = ctx.setTimer(settings.timeoutMicros(), new CallTimeout(op, attempt));
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        Op op = outstanding();
        if (!(payload instanceof ChargeReply reply) || op == null || reply.call() != op.id()) return;
        // The first reply to any attempt ends the call; later ones find no call waiting.
        ctx.cancelTimer(timer);
        ledger.answered(op.id(), reply.receipt());
        finish(ctx, Op.Status.OK, null, null, true);
    }

    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        Op op = outstanding();
        if (!(tag instanceof CallTimeout t) || op == null || t.op() != op.id() || t.attempt() != attempt) return;
        if (settings.retry() && attempt <= settings.retries()) {
            send(ctx);
            return;
        }
        // Lost request, lost reply or a slow service: the client cannot tell, so the outcome is unknown.
        finish(ctx, Op.Status.FAILED, null, "timeout after " + attempt + (attempt == 1 ? " attempt" : " attempts"), false);
    }
}
