package distlab.protocol.spanner;

import distlab.protocol.client.ClientProcess;
import distlab.protocol.client.History;
import distlab.protocol.client.Op;
import distlab.protocol.spanner.SpannerMessage.Committed;
import distlab.protocol.spanner.SpannerMessage.ReadReply;
import distlab.protocol.spanner.SpannerMessage.ReadRequest;
import distlab.protocol.spanner.SpannerMessage.TxnRequest;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;

/** A Spanner client: it sends its transaction or read to the node named by {@code --at} and waits for the answer. */
final class SpannerClient extends ClientProcess {
    SpannerClient(History history) {
        super(history);
    }

    @Override
    protected void begin(Context ctx, Op op) {
        if (op.request() instanceof SpannerRequest.Txn t) ctx.send(t.at(), new TxnRequest(op.id(), t.writes()));
        else if (op.request() instanceof SpannerRequest.Read r) ctx.send(r.at(), new ReadRequest(op.id(), r.key(), r.ts()));
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        Op op = outstanding();
        if (op == null) return;
        if (payload instanceof Committed c && c.op() == op.id()) finish(ctx, Op.Status.OK, null, null, true);
        else if (payload instanceof ReadReply r && r.op() == op.id()) finish(ctx, Op.Status.OK, r.value(), null, true);
    }
}
