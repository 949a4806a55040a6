package distlab.protocol.crdt;

import distlab.protocol.Param;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;

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
    record Tick(int epoch) {
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

    Param param(Simulation sim) {
        return new Param("gossip", "background gossip: every DURATION each up replica syncs to one other at random, or off",
                () -> on() ? SimTime.format(periodMicros) : "off", v -> set(sim, v));
    }

    private void set(Simulation sim, String word) {
        long period = word.equals("off") ? 0 : parse(word);
        periodMicros = period;
        epoch++;
        if (!on()) return;
        for (NodeId node : sim.servers()) {
            if (sim.isUp(node)) sim.runAt(node, ctx -> ctx.setTimer(periodMicros, tick()));
        }
    }

    private static long parse(String word) {
        if (!SimTime.looksLikeDuration(word) && !word.matches("\\d{1,9}")) {
            throw new LabException("gossip must be a duration such as 200ms, or off (not '" + word + "')");
        }
        long micros = SimTime.parse(word);
        if (micros < MIN_PERIOD_MICROS) throw new LabException("gossip must be at least 1ms, or off (got " + word + ")");
        return micros;
    }
}
