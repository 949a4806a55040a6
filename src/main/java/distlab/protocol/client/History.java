package distlab.protocol.client;

import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every client operation of the session, in issue order, and the order in which they completed. */
public final class History {
    /** A session records at most this many operations. */
    public static final int MAX_OPS = 1_000_000;

    private final List<Op> ops = new ArrayList<>();
    private final List<Op> completions = new ArrayList<>();
    private long nextPosition;

    /** A new op, pending until its client gets to it. */
    public Op create(NodeId client, Request request) {
        if (ops.size() >= MAX_OPS) throw new LabException("too many operations (at most " + MAX_OPS + "): reset");
        Op op = new Op(ops.size() + 1, client, request);
        ops.add(op);
        return op;
    }

    public void invoked(Op op, long time) {
        op.markInvoked(time, nextPosition++);
    }

    public void completed(Op op, long time, Op.Status status, String value, String error, boolean outcomeKnown) {
        if (op.status() != Op.Status.PENDING) throw new IllegalStateException(op.name() + " completed twice");
        op.markCompleted(time, nextPosition++, status, value, error, outcomeKnown);
        completions.add(op);
    }

    public List<Op> ops() {
        return Collections.unmodifiableList(ops);
    }

    /** The op {@code op7} names, if it exists. */
    public Op find(int id) {
        return id >= 1 && id <= ops.size() ? ops.get(id - 1) : null;
    }

    /** Ops in the order they completed; a command prints those completed while it ran. */
    public List<Op> completions() {
        return Collections.unmodifiableList(completions);
    }
}
