package distlab.protocol.crdt;

import distlab.protocol.broadcast.BroadcastMessage;
import java.util.List;

/**
 * Anti-entropy for op-based replication ({@code sync} with {@code replication=op}, and
 * {@code textcrdt}): every operation the sender has delivered, as broadcast messages its
 * receiver's layer takes like any others, skipping those it already has. Op-based CRDTs assume
 * reliable broadcast (lecture 7.3); when the network lost an operation, this makes it good.
 */
public record Catchup(List<BroadcastMessage> messages) {
    public Catchup {
        messages = List.copyOf(messages);
    }

    /** {@code ops b1 b2 b5}, or {@code ops b1..b40 (40)} when long. */
    @Override
    public String toString() {
        if (messages.isEmpty()) return "ops (none)";
        if (messages.size() <= 6) {
            StringBuilder b = new StringBuilder("ops");
            for (BroadcastMessage m : messages) b.append(' ').append(m.broadcast().id());
            return b.toString();
        }
        return "ops " + messages.get(0).broadcast().id() + ".." + messages.get(messages.size() - 1).broadcast().id() + " (" + messages.size() + ")";
    }
}
