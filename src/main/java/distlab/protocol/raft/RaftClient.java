package distlab.protocol.raft;

import distlab.protocol.client.ClientProcess;
import distlab.protocol.client.History;
import distlab.protocol.client.KvRequest;
import distlab.protocol.client.Op;
import distlab.protocol.raft.ClientMessage.Redirect;
import distlab.protocol.raft.ClientMessage.Reply;
import distlab.protocol.raft.ClientMessage.Request;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;
import distlab.sim.snapshot.NotState;
import java.util.List;

/**
 * A Raft client (docs/commands.md, protocols): sends its op to the leader it last heard from (at first, the first
 * server), follows redirects, and after a timeout retries with the next server, until the op
 * completes. Every retry carries the same sequence number, so the servers apply the op once.
 * Its rate is bounded: at most one attempt per timeout (or backoff, when a node knows no
 * leader), plus at most one redirect per server within an attempt.
 */
final class RaftClient extends ClientProcess {

    private final ClientStorage storage;
    @NotState private final RaftConfig config;
    private NodeId knownLeader;
    private Request request;
    private NodeId target;
    private int attempts;
    private int redirects;
    @NotState private long timer = -1;

    RaftClient(History history, ClientStorage storage, RaftConfig config) {
        super(history);
        this.storage = storage;
        this.config = config;
    }

    /** The node the current attempt went to, or null when idle. */
    NodeId target() { return request == null ? null : target; }
    int attempts() { return attempts; }
    /** The op in progress, or null. */
    Op currentOp() { return outstanding(); }

    @Override
    protected void begin(Context ctx, Op op) {
        long seq = storage.nextSeq();
        if (!(op.request() instanceof KvRequest kv)) throw new IllegalStateException(op.describe() + " is not a key-value request");
        request = new Request(seq, new Command(kv, ctx.self(), seq));
        attempts = 0;
        target = knownLeader != null ? knownLeader : ctx.servers().get(0);
        attempt(ctx);
    }

    private void attempt(Context ctx) {
        attempts++;
        redirects = 0;
        ctx.send(target, request);
        arm(ctx, config.clientTimeoutMicros(), RaftTimer.CLIENT_TIMEOUT);
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        if (request == null || !(payload instanceof ClientMessage m) || m.seq() != request.seq()) return;
        if (m instanceof Reply r) {
            knownLeader = from;
            ctx.cancelTimer(timer);
            timer = -1;
            request = null;
            finish(ctx, r.ok() ? Op.Status.OK : Op.Status.FAILED, r.value(), r.error(), true);
        } else if (m instanceof Redirect r) {
            List<NodeId> servers = ctx.servers();
            if (r.leader() != null && !r.leader().equals(from) && redirects < servers.size()) {
                // Follow the redirect within the same attempt (its timeout keeps running).
                redirects++;
                knownLeader = r.leader();
                target = r.leader();
                ctx.send(target, request);
            } else {
                // Nobody known to lead (an election is on): try the next node after a pause.
                knownLeader = null;
                target = next(servers, from);
                arm(ctx, config.clientBackoffMicros(), RaftTimer.CLIENT_RETRY);
            }
        }
    }

    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        if (request == null) return;
        timer = -1;
        if (tag == RaftTimer.CLIENT_TIMEOUT) {
            knownLeader = null;
            target = next(ctx.servers(), target);
        }
        attempt(ctx);
    }

    private void arm(Context ctx, long delay, RaftTimer tag) {
        ctx.cancelTimer(timer);
        timer = ctx.setTimer(delay, tag);
    }

    private static NodeId next(List<NodeId> servers, NodeId after) {
        int i = servers.indexOf(after);
        return servers.get((i + 1) % servers.size());
    }
}
