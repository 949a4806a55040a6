package distlab.protocol.textcrdt;

import distlab.protocol.broadcast.Broadcast;
import distlab.protocol.crdt.OpChecks;
import distlab.protocol.crdt.OpStream;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import java.util.List;

/**
 * One replica of the text CRDT: its text ({@link TextCrdt}) and the stream its operations
 * travel by (causal broadcast, lecture 8.1). Kept on the node's disk, like a document saved
 * locally: it survives a crash.
 */
final class TextCrdtNode {
    private final TextCrdt text;
    private OpStream stream;

    TextCrdtNode(TextCrdt text, OpStream stream) {
        this.text = text;
        this.stream = stream;
    }

    TextCrdt text() { return text; }
    OpStream stream() { return stream; }

    /** Another delivery setting, allowed only before any edit. */
    void replaceStream(OpStream fresh) {
        stream = fresh;
    }

    /** The node's own edit, already applied to its text, broadcast to every replica. */
    Broadcast broadcast(Context ctx, TextEdit edit) {
        return stream.broadcast(ctx, edit);
    }

    /** A message arrived: applies the operations of other replicas it lets the node deliver. */
    void receive(Context ctx, NodeId from, Object message, OpChecks checks) {
        List<Broadcast> delivered = stream.receive(ctx, from, message);
        if (delivered == null) return;
        for (Broadcast b : delivered) {
            if (b.sender().equals(ctx.self()) || !(b.payload() instanceof TextEdit edit)) continue;
            for (CharOp op : edit.ops()) {
                if (!text.apply(op) && op instanceof CharOp.Delete d && !inserted(d.position(), b)) {
                    checks.outOfOrder(ctx.self() + ": the delete of " + d.position().show(ctx.servers()) + " came before its insert");
                }
            }
        }
    }

    /** Whether this replica delivered the insert of {@code p} before {@code now}. */
    private boolean inserted(Position p, Broadcast now) {
        for (Broadcast b : stream.delivered()) {
            if (b == now || !(b.payload() instanceof TextEdit e)) continue;
            for (CharOp op : e.ops()) if (op instanceof CharOp.Insert && op.position().equals(p)) return true;
        }
        return false;
    }
}
