package distlab.ui.tui;

import distlab.sim.LabException;
import distlab.sim.SimTime;

/** Animation speeds: virtual time per wall-clock second, and the ladder F3/F4 climb. */
final class Speeds {
    static final long MAX = Long.MAX_VALUE;
    /** 100ms a second: a message of the default 5..15ms latency takes a visible 0.05-0.15s. */
    static final long DEFAULT = 100 * SimTime.MICROS_PER_MS;
    private static final long[] LADDER = {
        1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000,
        1_000_000, 2_000_000, 5_000_000, 10_000_000, 30_000_000, MAX,
    };

    private Speeds() {}

    static String format(long speed) {
        return speed == MAX ? "max" : SimTime.format(speed) + "/s";
    }

    /** {@code max}, or a duration of virtual time per second ({@code 250ms}, {@code 2s}). */
    static long parse(String word) {
        if (word.equals("max")) return MAX;
        if (!SimTime.looksLikeDuration(word)) {
            throw new LabException("speed takes a duration of virtual time per second (e.g. speed 250ms) or max, not '" + word + "'");
        }
        long micros = SimTime.parse(word);
        if (micros <= 0) throw new LabException("the speed must be more than 0 (or max: no animation)");
        return micros;
    }

    static long faster(long speed) {
        for (long s : LADDER) if (s > speed) return s;
        return MAX;
    }

    static long slower(long speed) {
        for (int i = LADDER.length - 1; i >= 0; i--) if (LADDER[i] < speed) return LADDER[i];
        return LADDER[0];
    }
}
