package distlab.sim;

import distlab.sim.node.NodeClock;

/** A node's {@link PhysicalClock} as its process sees it: always at the simulation's current time. */
final class LocalClock implements NodeClock {
    private final Simulation sim;
    private final PhysicalClock clock;

    LocalClock(Simulation sim, PhysicalClock clock) {
        this.sim = sim;
        this.clock = clock;
    }

    @Override public long read() { return clock.reading(sim.now()); }

    @Override public long monotonic() { return clock.monotonic(sim.now()); }

    @Override public void step(long micros) { clock.step(sim.now(), micros); }

    @Override public void slew(long micros) { clock.slew(sim.now(), micros); }
}
