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

    /** {@code 20ms}, {@code 5..15ms} (MIN takes MAX's unit), {@code 5ms..1s}. */
    public static LatencyRange parse(String text) {
        String[] parts = text.split("\\.\\.", -1);
        if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && parts[1].isEmpty())) {
            String shown = text.length() <= 40 ? text : text.substring(0, 37) + "...";
            throw new LabException("bad latency '" + shown + "' (use e.g. 20ms or 5..15ms)");
        }
        if (parts.length == 1) {
            long micros = SimTime.parse(parts[0]);
            return new LatencyRange(micros, micros);
        }
        String max = parts[1];
        String min = parts[0];
        String unit = max.replaceAll("^[0-9.]+", "");
        if (min.matches("[0-9.]+")) min = min + unit;
        return new LatencyRange(SimTime.parse(min), SimTime.parse(max));
    }

    @Override
    public String toString() {
        return minMicros == maxMicros ? SimTime.format(minMicros)
                : SimTime.format(minMicros) + ".." + SimTime.format(maxMicros);
    }
}
