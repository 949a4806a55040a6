package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** {@code clock} and the clock paths, in every protocol (lecture 3.1). */
class ClockCommandTest {
    @Test
    void clocksArePerfectUntilSet() {
        Lab lab = Lab.create();
        lab.run("spawn 2", "advance 1s");
        lab.assertValue("n1.clock", "1s");
        lab.assertValue("n1.offset", "0ms");
        lab.assertValue("n1.drift", "0");
        lab.assertValue("cluster.skew", "0ms");
        assertEquals("n2  clock 1s  mono 1s  offset 0ms  drift 0ppm\n", lab.run("clock n2"));
    }

    @Test
    void offsetAndDriftMakeSkew() {
        Lab lab = Lab.create();
        lab.run("spawn 3", "clock n2 offset=-40ms drift=+50", "clock n3 drift=-50", "advance 10s");
        lab.assertValue("n2.offset", "-39.5ms");
        lab.assertValue("n3.offset", "-500us");
        lab.assertValue("cluster.skew", "39.5ms");
        lab.run("crash n2");
        lab.assertValue("cluster.skew", "500us");
        lab.run("expect n2.offset < -39ms and n2.offset > -40ms");
    }

    @Test
    void aLeapSecondStepMakesTheTimeOfDayGoBackButNotTheMonotonicClock() {
        Lab lab = Lab.create();
        lab.run("spawn 1", "advance 500ms", "let start = n1.clock", "let began = n1.mono", "advance 300ms", "clock n1 leap=+1s", "advance 300ms");
        lab.run("expect n1.clock < $start", "expect n1.mono > $began");
        lab.assertValue("n1.clock", "100ms");
        lab.assertValue("n1.mono", "1.1s");
    }

    @Test
    void aSmearedLeapSecondNeverSteps() {
        Lab lab = Lab.create();
        lab.run("spawn 1", "clock n1 leap=+1s smear=24h", "advance 12h");
        lab.assertValue("n1.offset", "-500ms");
        assertTrue(lab.run("clock n1").contains("smearing -500ms more"));
        lab.run("clock n1 leap=-1s");
        lab.assertValue("n1.offset", "500ms");
    }

    @Test
    void clientsHaveClocksToo() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum");
        assertTrue(lab.run("clock c2 offset=+1s").startsWith("client c2 created"));
        lab.assertValue("c2.offset", "1s");
    }

    @Test
    void aBadValueChangesNoClock() {
        Lab lab = Lab.create();
        lab.run("spawn 2");
        assertTrue(lab.error("clock all offset=5ms drift=lots").startsWith("drift must be a whole number of ppm"));
        lab.assertValue("n1.offset", "0ms");
        assertEquals("unknown clock setting 'rate' (clock takes: offset= drift= leap= smear=)", lab.error("clock n1 rate=5"));
        assertTrue(lab.error("clock n1 smear=1h").startsWith("smear= spreads a leap second"));
        assertTrue(lab.error("clock n1 leap=+1s smear=30min").contains("at least 2000s"));
        assertTrue(lab.error("clock n1 leap=+2s").startsWith("a leap second is leap=+1s"));
        assertTrue(lab.error("clock n1 offset=-2d").startsWith("bad duration"));
        assertEquals("offset= is given twice", lab.error("clock n1 offset=1ms offset=2ms"));
        assertTrue(Lab.create().error("clock").startsWith("there are no nodes yet"));
    }

    @Test
    void negativeDurationsCompareAsDurations() {
        Lab lab = Lab.create();
        lab.run("spawn 1", "clock n1 offset=-40ms");
        lab.run("expect n1.offset == -40ms", "expect n1.offset < -39.999ms", "expect n1.offset > -1s", "expect n1.clock == -40ms");
    }
}
