package distlab.protocol.raft;

import distlab.protocol.client.KvRequest;
import distlab.sim.node.NodeId;

/**
 * A state-machine command in a Raft log entry: a client's request ({@code put x 1},
 * {@code get x}, {@code cas x 1 2}) or a no-op (request null). It carries the issuing client
 * and that client's sequence number, so the state machine can apply a retried request once
 * (lectures 1.3 and 5.1: retries are safe only when the operation is idempotent, and
 * deduplication by request id makes it so). Set-up entries ({@code raftlog}) and no-ops have
 * no client.
 */
public record Command(KvRequest request, NodeId client, long seq) {
    public static Command noop() {
        return new Command(null, null, 0);
    }

    /** A set-up entry made by {@code raftlog}: {@code put kI T}, from no client. */
    public static Command setUp(int index, int term) {
        return new Command(new KvRequest.Put("k" + index, Integer.toString(term)), null, 0);
    }

    public boolean hasClient() {
        return client != null;
    }

    /** {@code put x 1}, as logs print it. */
    @Override
    public String toString() {
        return request == null ? "noop" : request.describe();
    }
}
