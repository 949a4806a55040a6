package distlab.protocol.ntp;

import distlab.sim.SimTime;
import distlab.sim.node.NodeClock;
import java.util.Locale;

/**
 * What a client does with an estimated offset θ (lecture 3.2; the reference ntpd's clock
 * discipline): slew a small error away at up to 500 ppm, so time stays continuous; step a
 * larger one at once; refuse a huge one and leave it to a human.
 */
enum Correction {
    SLEW, STEP, PANIC;

    /** |θ| below this is slewed (the lecture rounds ntpd's 128 ms to 125 ms). */
    static final long SLEW_LIMIT = 125 * SimTime.MICROS_PER_MS;
    /** |θ| from this on is a panic: the clock is left alone. */
    static final long PANIC_LIMIT = 1000 * SimTime.MICROS_PER_SECOND;

    static Correction forOffset(long theta) {
        long size = Math.abs(theta);
        if (size < SLEW_LIMIT) return SLEW;
        return size < PANIC_LIMIT ? STEP : PANIC;
    }

    /** Corrects the clock by {@code theta} this way. */
    void apply(NodeClock clock, long theta) {
        switch (this) {
            case SLEW -> clock.slew(theta);
            case STEP -> clock.step(theta);
            case PANIC -> { }
        }
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The local event's label: {@code step +130ms}, {@code panic +2000s, clock left alone}. */
    String label(long theta) {
        return word() + " " + SimTime.formatSigned(theta) + (this == PANIC ? ", clock left alone" : "");
    }
}
