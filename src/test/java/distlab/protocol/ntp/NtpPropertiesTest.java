package distlab.protocol.ntp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.sim.SimTime;
import distlab.testing.Lab;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lecture 3.2's bound on real exchanges: whatever the one-way latencies, the clocks' offsets
 * and the server's turnaround, the estimate θ lies within δ/2 of the true offset, and δ is
 * exactly the time the request and the response spent in the network.
 */
class NtpPropertiesTest {
    @Property(tries = 100)
    void theEstimateIsWithinHalfTheRoundTripOfTheTruth(@ForAll @IntRange(min = -10_000_000, max = 10_000_000) int serverOffset,
                                                       @ForAll @IntRange(min = -10_000_000, max = 10_000_000) int clientOffset,
                                                       @ForAll @IntRange(min = 0, max = 500_000) int out,
                                                       @ForAll @IntRange(min = 0, max = 500_000) int back,
                                                       @ForAll @IntRange(min = 0, max = 50_000) int turnaround,
                                                       @ForAll boolean cristian) {
        Lab lab = Lab.create();
        lab.run("spawn 2 ntp",
                "clock n1 offset=" + us(serverOffset), "clock n2 offset=" + us(clientOffset),
                "latency " + us(out) + " n2 n1", "latency " + us(back) + " n1 n2",
                "config turnaround=" + us(turnaround) + " algorithm=" + (cristian ? "cristian" : "ntp"),
                "advance 3s", "ntp n2", "run until n2.ntp.action != none");
        long theta = micros(lab.value("n2.ntp.estimate"));
        long delta = micros(lab.value("n2.ntp.delay"));
        long truth = (long) serverOffset - clientOffset;
        assertEquals(out + back + (cristian ? turnaround : 0), delta, "δ is the network's share of the round trip");
        assertTrue(Math.abs(theta - truth) <= Estimates.bound(delta), "θ " + theta + " truth " + truth + " δ " + delta);
        lab.assertValue("cluster.withinbound", "true");
    }

    private static String us(long micros) {
        return (micros < 0 ? "-" : "") + Math.abs(micros) + "us";
    }

    private static long micros(String shown) {
        return SimTime.parseSigned(shown);
    }
}
