package distlab.sim;

import java.math.BigInteger;

/**
 * A node's physical clock (lecture 3.1): quartz that drifts, corrected now and then.
 * <ul>
 * <li>The time-of-day reading is the true (virtual) time plus an offset. The offset changes at
 *     the drift rate, in ppm: 1 ppm gains 1 µs per second.</li>
 * <li>A step moves the reading at once, forwards or backwards (an NTP step, a leap second, an
 *     administrator setting the clock). A slew runs the clock at most {@link #MAX_SLEW_PPM}
 *     fast or slow until an amount is made up (lecture 3.2); a smear spreads an amount over a
 *     window the same way.</li>
 * <li>The monotonic reading is the time-of-day reading minus every step so far: it follows
 *     drift, slews and smears but never a step, so it never goes backwards and differences
 *     between two of its readings are trustworthy elapsed times.</li>
 * </ul>
 * Readings are pure functions of the true time, so reading a clock changes nothing. The
 * arithmetic is exact, in picoseconds (1 ppm over 1 µs is 1 ps), and rounds down once, so a
 * reading never goes backwards through rounding. A fresh clock is perfect: it reads the true
 * time. Other protocols build on this, e.g. TrueTime's error bound (lecture 8.2) by drawing
 * offsets within ±ε with {@link #setOffset}.
 */
public final class PhysicalClock {
    /** Largest drift rate the lab accepts, either way: 10%, far beyond real quartz (about 50 ppm). */
    public static final long MAX_DRIFT_PPM = 100_000;
    /** Fastest a slew or a smear may change the rate: ntpd's limit (lecture 3.2). */
    public static final long MAX_SLEW_PPM = 500;
    private static final long PS_PER_MICRO = 1_000_000;

    /** A correction made linearly over a stretch of true time: a slew or a smear. */
    private record Ramp(long start, long amountPs, long duration) {
        /** How much of it is made by {@code now}, rounded down. */
        long donePs(long now) {
            long elapsed = Math.min(Math.max(now - start, 0), duration);
            return mulDivFloor(amountPs, elapsed, duration);
        }

        /** What is still to do after {@code now} as a ramp starting then, or null when it is done. */
        Ramp rest(long now, long donePs) {
            return now >= start + duration ? null : new Ramp(now, amountPs - donePs, start + duration - now);
        }

        long leftMicros(long now) {
            return (amountPs - donePs(now)) / PS_PER_MICRO;
        }
    }

    /** True time of the last change; the fields below hold the clock as it was then. */
    private long anchor;
    private long offsetMicros;
    /** The offset's fraction of a microsecond, 0 to 999,999 ps. */
    private long fractionPs;
    private long driftPpm;
    /** Sum of every step: the time-of-day reading minus the monotonic one. */
    private long stepsMicros;
    private Ramp slew;
    private Ramp smear;

    /** Time-of-day reading at true time {@code now}. */
    public long reading(long now) {
        return now + offset(now);
    }

    /** Monotonic reading at true time {@code now}: never goes backwards; steps do not move it. */
    public long monotonic(long now) {
        return reading(now) - stepsMicros;
    }

    /** Reading minus true time at {@code now}. */
    public long offset(long now) {
        if (driftPpm == 0 && slew == null && smear == null) return offsetMicros;
        long delta = now - anchor;
        long extraPs = fractionPs + driftRemainderPs(delta);
        if (slew != null) extraPs += slew.donePs(now);
        if (smear != null) extraPs += smear.donePs(now);
        return offsetMicros + driftMicros(delta) + Math.floorDiv(extraPs, PS_PER_MICRO);
    }

    public long driftPpm() {
        return driftPpm;
    }

    /** {@code +150ppm}, {@code -20ppm}, {@code 0ppm}. */
    public static String showDrift(long ppm) {
        return (ppm > 0 ? "+" : "") + ppm + "ppm";
    }

    /** What a slew in progress still has to make up at {@code now} (0 when none). */
    public long slewLeft(long now) {
        return slew == null ? 0 : slew.leftMicros(now);
    }

    /** What a smear in progress still has to make up at {@code now} (0 when none). */
    public long smearLeft(long now) {
        return smear == null ? 0 : smear.leftMicros(now);
    }

    /** Sets the reading to true time + {@code offset}: a step, which abandons any slew or smear in progress. */
    public void setOffset(long now, long offset) {
        anchorAt(now);
        slew = null;
        smear = null;
        stepsMicros += offset - offsetMicros;
        offsetMicros = offset;
        fractionPs = 0;
    }

    /** The clock gains {@code ppm} µs per second of true time from now on (negative: loses). */
    public void setDrift(long now, long ppm) {
        if (Math.abs(ppm) > MAX_DRIFT_PPM) throw new IllegalArgumentException("drift " + ppm + " ppm beyond ±" + MAX_DRIFT_PPM);
        anchorAt(now);
        driftPpm = ppm;
    }

    /** Moves the reading by {@code micros} at once; a slew in progress is abandoned (ntpd resets its discipline). */
    public void step(long now, long micros) {
        anchorAt(now);
        slew = null;
        offsetMicros += micros;
        stepsMicros += micros;
    }

    /**
     * Makes up {@code micros} gradually, at {@link #MAX_SLEW_PPM}: 30 ms takes 60 s. It replaces
     * any slew still in progress, since a new estimate already accounts for it.
     */
    public void slew(long now, long micros) {
        anchorAt(now);
        slew = micros == 0 ? null : new Ramp(now, micros * PS_PER_MICRO, Math.abs(micros) * (PS_PER_MICRO / MAX_SLEW_PPM));
    }

    /** The shortest window over which {@code micros} can be smeared: at most {@link #MAX_SLEW_PPM}. */
    public static long shortestSmear(long micros) {
        return Math.abs(micros) * (PS_PER_MICRO / MAX_SLEW_PPM);
    }

    /** Makes up {@code micros} evenly over {@code window} (a leap smear), at most {@link #MAX_SLEW_PPM}. */
    public void smear(long now, long micros, long window) {
        if (window < shortestSmear(micros) || window <= 0) throw new IllegalArgumentException("smear faster than " + MAX_SLEW_PPM + " ppm");
        anchorAt(now);
        smear = new Ramp(now, micros * PS_PER_MICRO, window);
    }

    /** Folds everything up to {@code now} into the fixed fields, so a change applies from then on. */
    private void anchorAt(long now) {
        if (now < anchor) throw new IllegalArgumentException("clock changed at " + now + ", before its last change at " + anchor);
        long delta = now - anchor;
        long extraPs = fractionPs + driftRemainderPs(delta);
        if (slew != null) {
            long done = slew.donePs(now);
            extraPs += done;
            slew = slew.rest(now, done);
        }
        if (smear != null) {
            long done = smear.donePs(now);
            extraPs += done;
            smear = smear.rest(now, done);
        }
        offsetMicros += driftMicros(delta) + Math.floorDiv(extraPs, PS_PER_MICRO);
        fractionPs = Math.floorMod(extraPs, PS_PER_MICRO);
        anchor = now;
    }

    /** Whole microseconds of delta × drift ps; split so that no product overflows. */
    private long driftMicros(long delta) {
        long head = Math.floorDiv(delta, PS_PER_MICRO) * driftPpm;
        return head + Math.floorDiv(Math.floorMod(delta, PS_PER_MICRO) * driftPpm, PS_PER_MICRO);
    }

    /** The picoseconds {@link #driftMicros} leaves over, 0 to 999,999. */
    private long driftRemainderPs(long delta) {
        return Math.floorMod(Math.floorMod(delta, PS_PER_MICRO) * driftPpm, PS_PER_MICRO);
    }

    /** floor(a × b / c) for c > 0, exact when a × b overflows a long (the result itself fits). */
    static long mulDivFloor(long a, long b, long c) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) return Math.floorDiv(low, c);
        BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(c));
        BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        return q.longValueExact();
    }
}
