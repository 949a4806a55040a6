package distlab.protocol.ntp;

import distlab.sim.Simulation;
import distlab.sim.node.NodeId;

/**
 * Periodic exchanges ({@code config poll=64s}, default off): every period each client runs an
 * exchange with the time server, as ntpd polls its servers (lecture 3.2). Changing the setting
 * starts a new epoch; timers of an older epoch die when they fire.
 */
final class Polling {
    private long periodMicros;
    private int epoch;

    boolean on() {
        return periodMicros > 0;
    }

    long periodMicros() {
        return periodMicros;
    }

    SyncTimer.Poll tick() {
        return new SyncTimer.Poll(epoch);
    }

    boolean current(SyncTimer.Poll poll) {
        return on() && poll.epoch() == epoch;
    }

    /** Starts a new epoch with this period (0: off), and the first timer of each up client (every node but the first). */
    void restart(Simulation sim, long period) {
        periodMicros = period;
        epoch++;
        if (!on()) return;
        for (NodeId node : sim.servers().subList(Math.min(1, sim.servers().size()), sim.servers().size())) {
            if (sim.isUp(node)) sim.runAt(node, ctx -> ctx.setTimer(periodMicros, tick()));
        }
    }
}
