package distlab.protocol.rpc;

import distlab.protocol.client.Request;
import distlab.sim.node.NodeId;

/** What an RPC client asks the payment service for (lecture 1.3's online shop). */
public sealed interface RpcRequest extends Request {
    /** Charge the customer's card {@code amount}; the call goes to {@code service}. */
    record Charge(long amount, NodeId service) implements RpcRequest {
        public String verb() { return "charge"; }
        public String key() { return ""; }
        public String describe() { return "charge " + amount; }
    }
}
