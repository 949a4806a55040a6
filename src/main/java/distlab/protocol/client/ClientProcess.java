package distlab.protocol.client;

import distlab.sim.node.Context;
import distlab.sim.node.Process;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A client node, like a Jepsen process: at most one operation outstanding (docs/commands.md, protocols
 * "clients"); a further one waits, pending, until the previous completes. Subclasses run
 * the protocol's side of an op from {@link #begin} and end it with {@link #finish}.
 * The queue is volatile: a crashed client forgets the ops it had not yet begun.
 */
public abstract class ClientProcess implements Process {
    private final History history;
    private final Deque<Op> waiting = new ArrayDeque<>();
    private Op outstanding;

    protected ClientProcess(History history) {
        this.history = history;
    }

    /** The user issued an op at this client. */
    public final void submit(Context ctx, Op op) {
        if (outstanding == null) start(ctx, op);
        else waiting.add(op);
    }

    /** The op in progress, or null. */
    protected final Op outstanding() {
        return outstanding;
    }

    private void start(Context ctx, Op op) {
        outstanding = op;
        history.invoked(op, ctx.now());
        begin(ctx, op);
    }

    /** Starts the protocol's work for an op (send requests, set a timeout). */
    protected abstract void begin(Context ctx, Op op);

    /** Ends the outstanding op and starts the next waiting one, if any. */
    protected final void finish(Context ctx, Op.Status status, String value, String error, boolean outcomeKnown) {
        Op op = outstanding;
        outstanding = null;
        history.completed(op, ctx.now(), status, value, error, outcomeKnown);
        Op next = waiting.poll();
        if (next != null) start(ctx, next);
    }
}
