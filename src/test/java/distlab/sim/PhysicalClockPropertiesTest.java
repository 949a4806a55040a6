package distlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The clock's laws on random histories (lecture 3.1): the monotonic reading never goes
 * backwards whatever steps, slews, smears and rate changes happen; the time-of-day reading
 * differs from it by exactly the steps; drift accumulates linearly.
 */
class PhysicalClockPropertiesTest {
    private static final long S = SimTime.MICROS_PER_SECOND;

    /** Each int is one change: its kind, when (a gap after the last), and how much. */
    @Property(tries = 500)
    void monotonicReadingsNeverDecreaseAndDifferFromTheTimeOfDayByTheSteps(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> changes) {
        PhysicalClock c = new PhysicalClock();
        long now = 0, steps = 0, lastMono = c.monotonic(0);
        for (int change : changes) {
            long gap = (change >>> 3) % (5 * S);
            long amount = ((change >>> 7) % 2_000_001) - 1_000_000;
            // Read at points inside the gap: drift and ramps act between changes.
            for (int k = 1; k <= 4; k++) {
                long t = now + gap * k / 4;
                long mono = c.monotonic(t);
                assertTrue(mono >= lastMono, "monotonic went from " + lastMono + " to " + mono + " at " + t);
                lastMono = mono;
                assertEquals(c.reading(t) - steps, mono, "reading minus steps");
            }
            now += gap;
            switch (change & 7) {
                case 0, 1 -> { c.step(now, amount); steps += amount; }
                case 2 -> { steps += amount - c.offset(now); c.setOffset(now, amount); }
                case 3, 4 -> c.slew(now, amount / 8);
                case 5 -> c.smear(now, amount, Math.max(PhysicalClock.shortestSmear(amount), 1) + gap);
                default -> c.setDrift(now, amount % (PhysicalClock.MAX_DRIFT_PPM + 1));
            }
            long mono = c.monotonic(now);
            assertTrue(mono >= lastMono, "a change moved the monotonic clock back from " + lastMono + " to " + mono);
            lastMono = mono;
        }
    }

    @Property(tries = 500)
    void driftAccumulatesLinearly(@ForAll @LongRange(min = -100_000, max = 100_000) long ppm,
                                  @ForAll @LongRange(min = 0, max = 10_000_000_000_000L) long elapsed,
                                  @ForAll @LongRange(min = 0, max = 10_000_000_000_000L) long split) {
        PhysicalClock c = new PhysicalClock();
        c.setDrift(0, ppm);
        BigInteger[] qr = BigInteger.valueOf(elapsed).multiply(BigInteger.valueOf(ppm)).divideAndRemainder(BigInteger.valueOf(1_000_000));
        long floor = qr[0].longValueExact() - (qr[1].signum() < 0 ? 1 : 0);
        assertEquals(floor, c.offset(elapsed), "offset = elapsed x drift, rounded down");
        // Changing to the same rate part way re-anchors the clock; it must not change the outcome.
        long at = Math.min(split, elapsed);
        c.setDrift(at, ppm);
        assertEquals(floor, c.offset(elapsed), "re-anchored at " + at);
    }
}
