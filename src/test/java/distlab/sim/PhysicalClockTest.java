package distlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Lecture 3.1's clock, rule by rule: drift, steps, slews, smears, and the monotonic reading. */
class PhysicalClockTest {
    private static final long MS = SimTime.MICROS_PER_MS;
    private static final long S = SimTime.MICROS_PER_SECOND;

    @Test
    void aFreshClockIsPerfect() {
        PhysicalClock c = new PhysicalClock();
        assertEquals(1234 * MS, c.reading(1234 * MS));
        assertEquals(1234 * MS, c.monotonic(1234 * MS));
        assertEquals(0, c.offset(1234 * MS));
    }

    @Test
    void driftGainsItsRateInMicrosecondsPerSecond() {
        PhysicalClock c = new PhysicalClock();
        c.setDrift(0, 50);
        assertEquals(500, c.offset(10 * S), "50 ppm for 10 s");
        assertEquals(4_320_000, c.offset(86_400 * S), "50 ppm for a day is 4.32 s (lecture 3.1)");
        c.setDrift(86_400 * S, -20);
        assertEquals(4_320_000 - 20, c.offset(86_401 * S), "a new rate applies from the change on");
    }

    @Test
    void driftRoundsDownOnlyOnceSoFractionsAreNotLost() {
        PhysicalClock c = new PhysicalClock();
        c.setDrift(0, 1);
        assertEquals(0, c.offset(999_999), "0.999999 us is not yet 1 us");
        assertEquals(1, c.offset(S));
        c.setDrift(S / 2, 1);
        assertEquals(1, c.offset(S), "re-anchoring at half a second keeps the 0.5 us");
        PhysicalClock slow = new PhysicalClock();
        slow.setDrift(0, -1);
        assertEquals(-1, slow.offset(1), "a clock losing time reads 1 us low after its first 1 ppm of a microsecond");
    }

    @Test
    void aStepMovesTheTimeOfDayClockButNotTheMonotonicOne() {
        PhysicalClock c = new PhysicalClock();
        c.step(800 * MS, -S);
        assertEquals(-200 * MS, c.reading(800 * MS), "a leap second repeats: the clock went back");
        assertEquals(800 * MS, c.monotonic(800 * MS));
        assertEquals(1100 * MS, c.monotonic(1100 * MS));
    }

    @Test
    void settingTheOffsetIsAStep() {
        PhysicalClock c = new PhysicalClock();
        c.setDrift(0, 100);
        c.setOffset(S, -40 * MS);
        assertEquals(-40 * MS, c.offset(S));
        assertEquals(S + 100, c.monotonic(S), "the monotonic clock kept the drift and ignored the step");
        assertEquals(-40 * MS + 100, c.offset(2 * S), "drift goes on after the step");
    }

    @Test
    void aSlewRunsAtFiveHundredPpmUntilDone() {
        PhysicalClock c = new PhysicalClock();
        c.slew(0, 30 * MS);
        assertEquals(15 * MS, c.offset(30 * S), "half way after 30 s");
        assertEquals(15 * MS, c.slewLeft(30 * S));
        assertEquals(30 * MS, c.offset(60 * S), "30 ms at 500 ppm takes 60 s (lecture 3.2)");
        assertEquals(30 * MS, c.offset(600 * S));
        assertEquals(0, c.slewLeft(60 * S));
        assertEquals(600 * S + 30 * MS, c.monotonic(600 * S), "the monotonic clock is slewed too");
    }

    @Test
    void aNewSlewReplacesTheOldAndAStepAbandonsIt() {
        PhysicalClock c = new PhysicalClock();
        c.slew(0, -30 * MS);
        c.slew(20 * S, 5 * MS);
        assertEquals(-10 * MS + 5 * MS, c.offset(100 * S), "10 ms made before the new slew, then its 5 ms");
        c.slew(100 * S, 20 * MS);
        c.step(110 * S, 1 * MS);
        assertEquals(-5 * MS + 5 * MS + 1 * MS, c.offset(200 * S), "5 ms slewed before the step, then no more");
    }

    @Test
    void aSmearSpreadsItsAmountEvenly() {
        PhysicalClock c = new PhysicalClock();
        c.smear(0, -S, 86_400 * S);
        assertEquals(-500 * MS, c.offset(43_200 * S));
        assertEquals(-S, c.offset(100_000 * S));
        assertEquals(100_000 * S - S, c.monotonic(100_000 * S), "a smear is a rate change, so the monotonic clock follows it");
        assertThrows(IllegalArgumentException.class, () -> c.smear(0, S, 1999 * S), "faster than 500 ppm");
    }

    @Test
    void driftIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> new PhysicalClock().setDrift(0, PhysicalClock.MAX_DRIFT_PPM + 1));
    }

    @Test
    void mulDivFloorIsExactBeyondALong() {
        long a = 1_000_000_000_000L, b = 86_400_000_000L, c = 86_400_000_001L;
        BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c));
        assertEquals(exact.longValueExact(), PhysicalClock.mulDivFloor(a, b, c));
        assertEquals(-exact.longValueExact() - 1, PhysicalClock.mulDivFloor(-a, b, c), "rounds down, not towards zero");
        assertEquals(-2, PhysicalClock.mulDivFloor(-3, 1, 2));
    }
}
