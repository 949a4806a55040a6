package distlab.protocol.fd;

import distlab.sim.node.Context;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.TimerTag;

/** A node of the fd protocol: nothing but its heartbeat failure detector. */
final class FdProcess implements Process {
    private final HeartbeatDetector detector;

    FdProcess(DetectorConfig config, SuspicionLog log) {
        this.detector = new HeartbeatDetector(config, log);
    }

    HeartbeatDetector detector() {
        return detector;
    }

    @Override public void onStart(Context ctx) { detector.onStart(ctx); }

    @Override public void onMessage(Context ctx, NodeId from, Object payload) { detector.onMessage(ctx, from, payload); }

    @Override public void onTimer(Context ctx, TimerTag tag) { detector.onTimer(ctx, tag); }
}
