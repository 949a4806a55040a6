package distlab.protocol.raft;

import distlab.sim.node.NodeId;
import java.util.List;

/**
 * A state-machine command in a Raft log entry: {@code put x 1}, {@code get x}, {@code cas x 1 2},
 * or {@code noop}. It carries the issuing client and that client's sequence number, so the
 * state machine can apply a retried request once (lectures 1.3 and 5.1: retries are safe only
 * when the operation is idempotent, and deduplication by request id makes it so). Set-up
 * entries ({@code raftlog}) and no-ops have no client.
 */
public record Command(String kind, String key, List<String> args, NodeId client, long seq) {
    public Command {
        args = List.copyOf(args);
    }

    public static Command noop() {
        return new Command("noop", "", List.of(), null, 0);
    }

    public boolean hasClient() {
        return client != null;
    }

    /** {@code put x 1}, as logs print it. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind);
        if (!key.isEmpty()) b.append(' ').append(key);
        for (String a : args) b.append(' ').append(a);
        return b.toString();
    }
}
