package distlab.protocol.rpc;

import distlab.protocol.rpc.RpcMessage.ChargeReply;
import distlab.protocol.rpc.RpcMessage.ChargeRequest;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;

/**
 * The payment service: the server stub unmarshals a charge, runs it, and replies (lecture 1.3).
 * Without a key every request that arrives is executed, so a retry after a lost reply charges
 * the card again. With a key it first looks the key up: a known key gets the stored receipt
 * back and charges nothing (deduplication gives exactly-once effect).
 */
final class PaymentService implements Process {
    private final ServiceStore store;
    private final RpcLedger ledger;

    PaymentService(ServiceStore store, RpcLedger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        if (!(payload instanceof ChargeRequest request)) return;
        if (request.key() != null) {
            String stored = store.receiptFor(request.key());
            if (stored != null) {
                // Lecture 1.3: a repeated key is answered from the store, not executed again.
                ctx.local("duplicate " + request.key() + ": no new charge");
                ctx.send(from, new ChargeReply(request.call(), stored, true));
                return;
            }
        }
        String receipt = store.charge(request.amount(), request.key());
        ledger.executed(request.call());
        ctx.local("charge " + request.amount() + " (" + receipt + ")");
        ctx.send(from, new ChargeReply(request.call(), receipt, false));
    }
}
