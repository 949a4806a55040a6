package distlab.protocol.textcrdt;

import distlab.protocol.crdt.OpChecks;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;

/** A text CRDT replica's process: it feeds what it receives to its node, where everything lives. */
final class TextCrdtProcess implements Process {
    private final TextCrdtNode node;
    private final OpChecks checks;

    TextCrdtProcess(TextCrdtNode node, OpChecks checks) {
        this.node = node;
        this.checks = checks;
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        // Anything else (a plain "send n1 n2 hi") is received and ignored.
        node.receive(ctx, from, payload, checks);
    }
}
