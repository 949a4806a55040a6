package distlab.sim.net;

import distlab.sim.LabException;
import distlab.sim.SimTime;

/** A link's one-way delay, drawn uniformly from [min, max] microseconds. */
public record LatencyRange(long minMicros, long maxMicros) {
    public static final LatencyRange DEFAULT = new LatencyRange(5_000, 15_000);

    public LatencyRange {
        if (minMicros < 0 || maxMicros < minMicros) {
            throw new LabException("bad latency range: the minimum must be <= the maximum, e.g. latency 5..15ms");
        }
    }

    @Override
    public String toString() {
        return minMicros == maxMicros ? SimTime.format(minMicros)
                : SimTime.format(minMicros) + ".." + SimTime.format(maxMicros);
    }
}
