package distlab.protocol.quorum;

import distlab.protocol.quorum.QuorumMessage.Ack;
import distlab.protocol.quorum.QuorumMessage.Read;
import distlab.protocol.quorum.QuorumMessage.ReadReply;
import distlab.protocol.quorum.QuorumMessage.Repair;
import distlab.protocol.quorum.QuorumMessage.Write;
import distlab.protocol.quorum.QuorumMessage.WriteBack;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;

/**
 * A quorum replica: passive, it only answers clients. Its whole state is its {@link ReplicaStore},
 * which is persistent, so the process itself has no volatile state to lose in a crash.
 */
final class Replica implements Process {
    private final ReplicaStore store;

    Replica(ReplicaStore store) {
        this.store = store;
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        if (payload instanceof Write w) {
            // Lecture 5.2: store if newer, and acknowledge either way (the write is "done" here).
            store.offer(w.key(), new Versioned(w.value(), w.ts()));
            ctx.send(from, new Ack(w.op(), w.key(), Versioned.tsOf(store.get(w.key()))));
        } else if (payload instanceof WriteBack wb) {
            // ABD: a write-back is an ordinary write of an existing (value, timestamp).
            store.offer(wb.key(), new Versioned(wb.value(), wb.ts()));
            ctx.send(from, new Ack(wb.op(), wb.key(), Versioned.tsOf(store.get(wb.key()))));
        } else if (payload instanceof Read r) {
            ctx.send(from, new ReadReply(r.op(), r.key(), store.get(r.key())));
        } else if (payload instanceof Repair rep) {
            // Read repair is stored like any write, but nobody waits for an answer.
            store.offer(rep.key(), new Versioned(rep.value(), rep.ts()));
        }
    }
}
