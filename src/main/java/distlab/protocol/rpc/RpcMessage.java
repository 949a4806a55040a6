package distlab.protocol.rpc;

/**
 * The messages of a remote call (lecture 1.3): the client stub's request and the service's
 * reply. {@code call} names the client's operation, like the call id an RPC header carries so
 * a reply can be matched to its call; the service never deduplicates by it.
 */
sealed interface RpcMessage {
    /** A charge, attempt {@code attempt} of the call; {@code key} is its idempotency key, or null without dedup. */
    record ChargeRequest(int call, long amount, int attempt, String key) implements RpcMessage {
        @Override public String toString() {
            return "Charge op" + call + " " + amount + " try " + attempt + (key == null ? "" : " key " + key);
        }
    }

    /** The service's answer: the receipt of the charge; {@code replayed} when it was a known key's stored answer. */
    record ChargeReply(int call, String receipt, boolean replayed) implements RpcMessage {
        @Override public String toString() {
            return "Ok op" + call + " " + receipt + (replayed ? " (stored)" : "");
        }
    }
}
