package distlab.protocol.crdt;

import distlab.protocol.Setting;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;

/**
 * Optional background gossip ({@code config gossip=200ms}, default off): every period, each
 * up replica sends its state to one other replica chosen at random, so states keep flowing
 * without anyone typing {@code gossip} (anti-entropy, as in lecture 7.3: replicas converge
 * "as long as states keep flowing"). Changing the setting starts a new epoch; timers of an
 * older epoch die when they fire, so a replica never runs two gossip loops.
 */
final class AntiEntropy {
    static final long MIN_PERIOD_MICROS = SimTime.MICROS_PER_MS;

    /** A replica's gossip timer, tagged with the epoch that set it. */
    record Tick(int epoch) implements TimerTag {
        @Override
        public String toString() {
            return "gossip";
        }
    }

    private long periodMicros;
    private int epoch;

    boolean on() {
        return periodMicros > 0;
    }

    long periodMicros() {
        return periodMicros;
    }

    Tick tick() {
        return new Tick(epoch);
    }

    boolean current(Tick tick) {
        return on() && tick.epoch() == epoch;
    }

    static final Setting<Long> SETTING = Setting.durationOrOff("gossip",
            "background gossip: every DURATION each up replica syncs to one other at random, or off", 0, MIN_PERIOD_MICROS);

    /** Starts a new epoch with this period (0: off), and each up replica's first timer. */
    void restart(Simulation sim, long period) {
        periodMicros = period;
        epoch++;
        if (!on()) return;
        for (NodeId node : sim.servers()) {
            if (sim.isUp(node)) sim.runAt(node, ctx -> ctx.setTimer(periodMicros, tick()));
        }
    }
}
