package distlab.protocol.ot;

import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.TimerTag;

/** An ot node's process: everything lives in the node's {@link OtNode}, which it feeds. */
final class OtProcess implements Process {
    private final OtNode node;

    OtProcess(OtNode node) {
        this.node = node;
    }

    @Override
    public void onStart(Context ctx) {
        node.restarted(ctx);
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        // Anything else (a plain "send n1 n2 hi") is received and ignored.
        if (payload instanceof OtMessage m) node.onMessage(ctx, from, m);
    }

    @Override
    public void onTimer(Context ctx, TimerTag tag) {
        if (tag instanceof OtNode.Resend resend) node.onTimer(ctx, resend);
    }
}
