package distlab.protocol.spanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Lecture 8.2's rules, one per test: TrueTime's interval, commit timestamps at TT.now().latest,
 * commit wait, MVCC snapshot reads, and external consistency judged in true time. n1's clock is
 * 6ms ahead and n2's 6ms behind, both within ε = 7ms; requests take 1ms.
 */
class SpannerRulesTest {
    private static Lab lab(String... settings) {
        Lab lab = Lab.create();
        lab.run("spawn 2 spanner", "clock n1 offset=+6ms", "clock n2 offset=-6ms", "latency 1ms");
        for (String s : settings) lab.run("config " + s);
        lab.run("advance 100ms");
        return lab;
    }

    @Test
    void trueTimeIsTheReadingPlusOrMinusEpsilonAndContainsTheTrueTime() {
        Lab lab = lab();
        lab.assertValue("n1.tt", "[99ms, 113ms]");
        lab.assertValue("n2.tt.earliest", "87ms");
        lab.assertValue("n2.tt.latest", "101ms");
        lab.assertValue("cluster.truetime", "true");
        lab.run("clock n2 offset=-8ms");
        lab.assertValue("cluster.truetime", "false");
    }

    @Test
    void aCommitIsTimestampedTTNowLatestAndWaitsUntilEarliestHasPassedIt() {
        Lab lab = lab();
        String out = lab.run("txn x=1 --at n1", "advance 1ms");
        // At true time 101ms n1 reads 107ms: TT = [100ms, 114ms].
        assertTrue(out.contains("op1 ts=114ms TT=[100ms, 114ms]: commit wait until earliest > 114ms"), out);
        lab.assertValue("n1.waiting", "[op1]");
        lab.assertValue("n1.versions.x", "[]");
        lab.run("advance 13ms");
        lab.assertValue("op1.status", "pending");
        lab.run("run 10ms until op1.status == ok");
        lab.assertValue("op1.ts", "114ms");
        // earliest > 114ms once n1 reads 121.001ms, at true time 115.001ms: 2 epsilon after the commit.
        lab.assertValue("op1.wait", "14.001ms");
        lab.assertValue("n1.versions.x", "[1@114ms]");
    }

    @Test
    void withoutCommitWaitALaterTransactionCanGetAnEarlierTimestamp() {
        Lab lab = lab("commitwait=off");
        String out = lab.run("txn x=1 --at n1", "run 10ms until op1.status == ok", "txn y=2 --at n2 --client c2",
                "run 10ms until op2.status == ok");
        lab.assertValue("op1.ts", "114ms");
        lab.assertValue("op2.ts", "104ms");
        lab.assertValue("op1.wait", "0ms");
        lab.assertValue("cluster.externallyconsistent", "false");
        lab.assertValue("cluster.anomaly", "op1 (ts 114ms) completed before op2 began, yet op2 has ts 104ms");
        assertTrue(out.contains("UNSAFE: externallyconsistent: op1"), out);
    }

    @Test
    void withCommitWaitTheSameScheduleKeepsRealTimeOrder() {
        Lab lab = lab();
        lab.run("txn x=1 --at n1", "run 30ms until op1.status == ok", "txn y=2 --at n2 --client c2", "run 30ms until op2.status == ok");
        lab.assertValue("op1.ts", "114ms");
        lab.assertValue("op2.ts", "118.001ms");
        lab.assertValue("cluster.externallyconsistent", "true");
    }

    @Test
    void aSnapshotReadReturnsTheNewestVersionAtOrBeforeItsTimestamp() {
        Lab lab = lab("commitwait=off");
        lab.run("txn x=1 --at n1", "run 5ms", "txn x=2 --at n1", "run 5ms");
        lab.assertValue("n1.versions.x", "[1@114ms, 2@119ms]");
        lab.run("read x --ts 113ms --client c2", "read x --ts 115ms --client c3", "read x --ts 200ms --client c4", "run 5ms");
        lab.assertValue("op3.value", "none");
        lab.assertValue("op4.value", "1");
        lab.assertValue("op5.value", "2");
        lab.assertValue("op4.ts", "115ms");
    }

    @Test
    void aReadWaitsForACommitInCommitWaitAtOrBeforeItsSnapshot() {
        Lab lab = lab();
        lab.run("txn x=1 --at n1", "advance 2ms", "read x --at n1 --ts 114ms --client c2", "advance 5ms");
        lab.assertValue("op2.status", "pending");
        lab.run("run 20ms until op2.status == ok");
        lab.assertValue("op2.value", "1");
        lab.assertValue("op1.status", "ok");
    }

    @Test
    void aReadAtTTNowLatestWaitsUntilItsTimestampHasCertainlyPassed() {
        Lab lab = lab();
        lab.run("read x --at n2", "run 30ms until op1.status == ok");
        // n2 reads 95ms at true time 101ms: TT = [88ms, 102ms]; earliest > 102ms at true time 115.001ms.
        lab.assertValue("op1.ts", "102ms");
        lab.assertValue("op1.wait", "14.001ms");
    }

    @Test
    void noLaterCommitLandsInsideASnapshotAlreadyRead() {
        Lab lab = lab("commitwait=off");
        lab.run("read x --at n2 --ts 150ms", "run 5ms", "txn x=1 --at n2 --client c2", "run 5ms");
        // n2's TT.now().latest is only 104ms, but 150ms has been read: the commit goes above it.
        lab.assertValue("op2.ts", "150.001ms");
        lab.run("read x --at n2 --ts 150ms --client c3", "run 5ms");
        lab.assertValue("op3.value", "none");
    }

    @Test
    void aCommitInCommitWaitSurvivesACrashOfItsNode() {
        Lab lab = lab();
        lab.run("txn x=1 --at n1", "advance 3ms", "crash n1", "advance 20ms", "restart n1", "run 20ms until op1.status == ok");
        lab.assertValue("n1.versions.x", "[1@114ms]");
        lab.assertValue("op1.ts", "114ms");
    }

    @Test
    void settingEpsilonDrawsEveryOffsetAgainWithinIt() {
        Lab lab = Lab.create();
        lab.run("spawn 3 spanner");
        for (String n : new String[] {"n1", "n2", "n3"}) {
            long offset = Math.abs(micros(lab.value(n + ".offset")));
            assertTrue(offset <= 7_000, n + " " + offset);
        }
        String out = lab.run("config epsilon=2ms");
        assertTrue(out.startsWith("epsilon=2ms (offsets n1 "), out);
        for (String n : new String[] {"n1", "n2", "n3"}) assertTrue(Math.abs(micros(lab.value(n + ".offset"))) <= 2_000);
        lab.run("config epsilon=0");
        lab.assertValue("n1.offset", "0ms");
        lab.run("txn x=1", "run 50ms");
        lab.assertValue("op1.wait", "1us");
    }

    @Test
    void badInputGetsOneLineWithTheFix() {
        Lab lab = lab();
        assertEquals("'x' is not KEY=VALUE (e.g. txn x=1 y=2)", lab.error("txn x"));
        assertEquals("x is written twice in one transaction", lab.error("txn x=1 x=2"));
        assertEquals("--ts must be a time such as 105ms, not 'soon'", lab.error("read x --ts soon"));
        assertEquals("c1 is a client; --at names a Spanner node (n1)", lab.error("txn x=1 --at c1"));
        assertTrue(lab.error("config epsilon=20s").startsWith("epsilon is at most 10s"));
        assertTrue(lab.run("help txn").contains("twopc") && lab.run("help txn").contains("spanner"));
    }

    private static long micros(String duration) {
        return distlab.sim.SimTime.parseSigned(duration);
    }
}
