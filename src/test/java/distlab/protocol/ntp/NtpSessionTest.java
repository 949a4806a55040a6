package distlab.protocol.ntp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** The ntp protocol through the command language: exchanges, corrections, Berkeley rounds, polling. */
class NtpSessionTest {
    /** Lecture 3.2's worked example: client 115 ms behind, 35 ms out, 5 ms back, 10 ms at the server. */
    private static Lab lectureExample() {
        Lab lab = Lab.create();
        lab.run("spawn 2 ntp", "clock n2 offset=-115ms", "latency 35ms n2 n1", "latency 5ms n1 n2", "config turnaround=10ms",
                "advance 1115ms", "ntp n2", "run until n2.ntp.action != none");
        return lab;
    }

    @Test
    void theLectureWorkedExampleComesOutExactly() {
        Lab lab = lectureExample();
        lab.run("expect n2.ntp.t1 == 1000ms and n2.ntp.t2 == 1150ms and n2.ntp.t3 == 1160ms and n2.ntp.t4 == 1050ms",
                "expect n2.ntp.delay == 40ms and n2.ntp.estimate == 130ms and n2.ntp.action == step",
                "expect n2.ntp.error == 15ms and n2.ntp.bound == 20ms");
        lab.assertValue("n2.offset", "15ms");
        lab.assertValue("n2.mono", "1.165s");
        lab.assertValue("cluster.exchanges", "1");
    }

    @Test
    void aSmallOffsetIsSlewedAtFiveHundredPpm() {
        Lab lab = Lab.create();
        lab.run("spawn 2 ntp", "latency 20ms", "clock n2 offset=-30ms", "ntp n2", "run until n2.ntp.action != none");
        lab.assertValue("n2.ntp.action", "slew");
        lab.run("advance 30s");
        lab.assertValue("n2.offset", "-15ms");
        lab.run("advance 30s");
        lab.assertValue("n2.offset", "0ms");
        lab.assertValue("n2.mono", "60.07s");
    }

    @Test
    void aHugeOffsetPanicsAndLeavesTheClockAlone() {
        Lab lab = Lab.create();
        lab.run("spawn 2 ntp", "clock n2 offset=-2000s", "ntp n2", "run until n2.ntp.action != none");
        lab.assertValue("n2.ntp.action", "panic");
        lab.assertValue("n2.offset", "-2000s");
    }

    @Test
    void cristianSendsOneTimestampAndCountsTheTurnaroundAsDelay() {
        Lab lab = Lab.create();
        lab.run("spawn 2 ntp", "config algorithm=cristian turnaround=10ms", "latency 20ms", "clock n2 offset=-50ms",
                "ntp n2", "run until n2.ntp.action != none");
        lab.assertValue("n2.ntp.t2", "none");
        lab.assertValue("n2.ntp.delay", "50ms");
        lab.assertValue("n2.ntp.estimate", "55ms");
        lab.assertValue("n2.ntp.error", "5ms");
    }

    @Test
    void aDuplicatedResponseIsUsedOnce() {
        Lab lab = Lab.create();
        lab.run("spawn 2 ntp", "latency 20ms", "dup 100", "clock n2 offset=-200ms", "ntp n2", "run 1s");
        lab.assertValue("cluster.exchanges", "1");
        lab.assertValue("n2.offset", "0ms");
    }

    @Test
    void aResponseToAnOvertakenRequestIsIgnored() {
        Lab lab = Lab.create();
        lab.run("spawn 2 ntp", "net manual", "ntp n2", "deliver m1", "advance 1ms", "ntp n2", "deliver m2");
        lab.assertValue("cluster.exchanges", "0");
        lab.run("deliver m3", "deliver m4");
        lab.assertValue("cluster.exchanges", "1");
    }

    @Test
    void aClientMayAskAnotherClient() {
        Lab lab = Lab.create();
        lab.run("spawn 3 ntp", "latency 20ms", "clock n2 offset=+300ms", "ntp n3 n2", "run until n3.ntp.action != none");
        lab.assertValue("n3.ntp.server", "n2");
        lab.assertValue("n3.offset", "300ms");
    }

    @Test
    void berkeleyBringsEveryClockToTheAverage() {
        Lab lab = Lab.create();
        lab.run("spawn 3 ntp", "latency 10ms", "clock n2 offset=+30ms", "clock n3 offset=-60ms", "berkeley n1", "run 1s");
        lab.assertValue("n1.berkeley.adjust", "-10ms");
        lab.assertValue("n2.berkeley.adjust", "-40ms");
        lab.assertValue("n3.berkeley.adjust", "50ms");
        lab.run("advance 100s");
        lab.assertValue("cluster.skew", "0ms");
        lab.assertValue("n1.offset", "-10ms");
    }

    @Test
    void aDuplicatedBerkeleyAdjustmentIsAppliedOnce() {
        Lab lab = Lab.create();
        lab.run("spawn 3 ntp", "latency 10ms", "dup 100", "clock n2 offset=+30ms", "clock n3 offset=-60ms", "berkeley n1", "run 1s",
                "advance 100s");
        lab.assertValue("cluster.skew", "0ms");
        lab.assertValue("n2.offset", "-10ms");
    }

    @Test
    void berkeleyLeavesOutANodeThatMissesTheDeadline() {
        Lab lab = Lab.create();
        lab.run("spawn 3 ntp", "latency 10ms", "clock n2 offset=+40ms", "crash n3", "config timeout=500ms", "berkeley n1", "run 400ms");
        lab.assertValue("n1.berkeley.adjust", "none");
        lab.run("run 200ms");
        lab.assertValue("n1.berkeley.adjust", "20ms");
        lab.assertValue("n2.berkeley.adjust", "-20ms");
    }

    @Test
    void pollingRepeatsExchangesUntilTurnedOff() {
        Lab lab = Lab.create();
        lab.run("spawn 3 ntp", "clock all drift=+200", "config poll=10s", "run 35s");
        lab.assertValue("cluster.exchanges", "6");
        lab.run("config poll=off", "run 35s");
        lab.assertValue("cluster.exchanges", "6");
    }

    @Test
    void theBoundAssumesSteadyRates() {
        // A client running 10% slow with all the delay on the way back: its clock loses time
        // during the exchange, and the error exceeds δ/2 (NTP budgets for this as dispersion).
        Lab lab = Lab.create();
        lab.run("spawn 2 ntp", "clock n2 drift=-100000", "latency 0ms n2 n1", "latency 100ms n1 n2", "ntp n2", "run 1s");
        lab.assertValue("cluster.withinbound", "false");
        assertTrue(lab.run("fails expect cluster.withinbound").contains("ok"));
    }

    @Test
    void mistakesGetOneLineWithTheFix() {
        Lab lab = Lab.create();
        lab.run("spawn 2 ntp");
        assertEquals("n1 cannot ask itself for the time: give a client and a server (e.g. ntp n2 n1)", lab.error("ntp n1"));
        lab.run("crash n2");
        assertEquals("n2 is down (restart n2 first)", lab.error("ntp n2"));
        assertTrue(lab.error("ntp n7").startsWith("unknown node 'n7'"));
        Lab plain = Lab.create();
        plain.run("spawn 2");
        assertTrue(plain.error("ntp n2").contains("spawn 3 ntp"), plain.error("ntp n2"));
        Lab one = Lab.create();
        one.run("spawn 1 ntp");
        assertTrue(one.error("berkeley n1").contains("at least two nodes"));
    }
}
