package distlab.protocol.broadcast;

import distlab.protocol.Settings;
import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;

/**
 * A broadcast node's process: it feeds what it receives to its layer and applies what the
 * layer delivers. It has no volatile state of its own; everything lives in the node's storage.
 */
final class BroadcastProcess implements Process {
    private final BroadcastNode node;
    private final Settings settings;

    BroadcastProcess(BroadcastNode node, Settings settings) {
        this.node = node;
        this.settings = settings;
    }

    @Override
    public void onMessage(Context ctx, NodeId from, Object payload) {
        // Anything else (a plain "send n1 n2 hi") is received and ignored.
        if (payload instanceof BroadcastMessage message) {
            node.apply(node.layer().onMessage(ctx, from, message), settings.get(BroadcastSettings.APPLY) == BroadcastSettings.Apply.KV);
        }
    }
}
