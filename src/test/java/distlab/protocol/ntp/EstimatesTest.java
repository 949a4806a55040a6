package distlab.protocol.ntp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.sim.SimTime;
import org.junit.jupiter.api.Test;

/** δ, θ and the clock discipline against exchanges worked by hand (lecture 3.2). */
class EstimatesTest {
    private static final long MS = SimTime.MICROS_PER_MS;
    private static final long S = SimTime.MICROS_PER_SECOND;

    @Test
    void theLectureWorkedExample() {
        long t1 = 1000 * MS, t2 = 1150 * MS, t3 = 1160 * MS, t4 = 1050 * MS;
        assertEquals(40 * MS, Estimates.delay(t1, t2, t3, t4), "(1050 - 1000) - (1160 - 1150)");
        assertEquals(130 * MS, Estimates.offset(t1, t2, t3, t4), "((1150 - 1000) + (1160 - 1050)) / 2");
        assertEquals(20 * MS, Estimates.bound(40 * MS));
        assertEquals(Correction.STEP, Correction.forOffset(130 * MS), "130 ms is above the 125 ms slew limit");
    }

    @Test
    void aClientAheadOfItsServer() {
        // Check yourself, question 1: t1 = 200, t2 = 180, t3 = 190, t4 = 260 (ms).
        assertEquals(50 * MS, Estimates.delay(200 * MS, 180 * MS, 190 * MS, 260 * MS));
        assertEquals(-45 * MS, Estimates.offset(200 * MS, 180 * MS, 190 * MS, 260 * MS));
        assertEquals(Correction.SLEW, Correction.forOffset(-45 * MS));
    }

    @Test
    void symmetricDelaysAndPerfectClocksFindNoOffset() {
        assertEquals(40 * MS, Estimates.delay(0, 20 * MS, 25 * MS, 45 * MS));
        assertEquals(0, Estimates.offset(0, 20 * MS, 25 * MS, 45 * MS));
        // 10 ms out, 30 ms back: half the asymmetry becomes error.
        assertEquals(-10 * MS, Estimates.offset(0, 10 * MS, 15 * MS, 45 * MS));
    }

    @Test
    void cristianCountsTheServersTurnaroundAsNetworkDelay() {
        // Server time 1160 ms; round trip 1000 -> 1050 on the client's clock: 1160 + 25 - 1050.
        assertEquals(135 * MS, Estimates.cristianOffset(1000 * MS, 1160 * MS, 1050 * MS));
    }

    @Test
    void anOddSumRoundsDownAndTheBoundRoundsUp() {
        assertEquals(-1, Estimates.offset(0, 0, 0, 1), "-0.5 us rounds down");
        assertEquals(1, Estimates.bound(1), "0.5 us rounds up");
        assertEquals(-1, Estimates.bound(-3), "-1.5 us rounds up to -1");
    }

    @Test
    void thresholdsAreTheLecturesOnBothSides() {
        assertEquals(Correction.SLEW, Correction.forOffset(125 * MS - 1));
        assertEquals(Correction.STEP, Correction.forOffset(125 * MS));
        assertEquals(Correction.STEP, Correction.forOffset(-125 * MS));
        assertEquals(Correction.STEP, Correction.forOffset(1000 * S - 1));
        assertEquals(Correction.PANIC, Correction.forOffset(1000 * S));
        assertEquals(Correction.PANIC, Correction.forOffset(-2000 * S));
        assertEquals(Correction.SLEW, Correction.forOffset(0));
    }
}
