package distlab.protocol.fd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** Lecture 2.4's heartbeat failure detector, rule by rule. */
class FdRulesTest {
    @Test
    void everyNodeSendsAHeartbeatToEveryOtherEachPeriod() {
        Lab lab = Lab.create();
        lab.run("spawn 3 fd", "config heartbeat=100ms");
        // Spawning sends the first round: 3 nodes x 2 peers.
        lab.assertValue("cluster.messages", "6");
        lab.run("advance 100ms");
        lab.assertValue("cluster.messages", "12");
        lab.assertValue("m7.payload", "Heartbeat 2");
    }

    @Test
    void aNodeSilentForTheTimeoutIsSuspectedThenAndNotBefore() {
        Lab lab = Lab.create();
        lab.run("spawn 2 fd", "latency 10ms", "config heartbeat=100ms timeout=250ms", "advance 1s", "cut n2->n1");
        // n2's heartbeat of 1s is still on the wire when the link is cut, so the last one to get
        // through is the one of 900ms, which arrived at 910ms: silence since then, suspicion at 1.16s.
        lab.run("advance 159ms");
        lab.assertValue("n1.suspects", "[]");
        lab.run("advance 1ms");
        lab.assertValue("n1.suspects", "[n2]");
        lab.assertValue("cluster.falsesuspicions", "1");
        lab.assertValue("cluster.accurate", "false");
    }

    @Test
    void aHeartbeatUnsuspectsButWithoutAdaptiveTheTimeoutStays() {
        Lab lab = Lab.create();
        lab.run("spawn 2 fd", "latency 10ms", "cut n2->n1", "advance 1s", "heal", "advance 200ms");
        lab.assertValue("n1.suspects", "[]");
        lab.assertValue("n1.timeout.n2", "300ms");
        String events = lab.run("events n1");
        assertTrue(events.contains("local \"suspect n2\"") && events.contains("local \"unsuspect n2\""), events);
    }

    @Test
    void adaptiveDoublesTheTimeoutOfAWronglySuspectedNode() {
        Lab lab = Lab.create();
        lab.run("spawn 2 fd", "latency 10ms", "config adaptive=on", "cut n2->n1", "advance 1s", "heal", "advance 200ms");
        lab.assertValue("n1.timeout.n2", "600ms");
        lab.assertValue("n2.timeout.n1", "300ms");
        lab.run("cut n2->n1", "advance 1s", "heal", "advance 200ms");
        lab.assertValue("n1.timeout.n2", "1.2s");
    }

    @Test
    void aCrashedNodeIsSuspectedByEveryUpNode() {
        Lab lab = Lab.create();
        lab.run("spawn 4 fd", "advance 500ms", "crash n4");
        lab.assertValue("cluster.complete", "false");
        lab.run("advance 400ms");
        lab.assertValue("cluster.complete", "true");
        for (int n = 1; n <= 3; n++) lab.assertValue("n" + n + ".suspects", "[n4]");
        lab.assertValue("cluster.falsesuspicions", "0");
    }

    @Test
    void aRestartedNodeTrustsEveryoneAgainAndIsTrustedWhenItsHeartbeatsArrive() {
        Lab lab = Lab.create();
        lab.run("spawn 3 fd", "config adaptive=on", "cut n3->n1", "advance 1s", "heal", "advance 200ms");
        lab.assertValue("n1.timeout.n3", "600ms");
        lab.run("crash n1", "crash n3", "advance 1s");
        lab.assertValue("n2.suspects", "[n1, n3]");
        lab.run("restart n1", "restart n3", "advance 100ms");
        lab.assertValue("n1.timeout.n3", "300ms");
        lab.assertValue("n2.suspects", "[]");
        lab.assertValue("cluster.accurate", "true");
    }

    @Test
    void aNodeSpawnedLaterIsWatchedToo() {
        Lab lab = Lab.create();
        lab.run("spawn 2 fd", "advance 250ms", "spawn 1", "advance 250ms", "crash n3", "advance 1s");
        lab.assertValue("n1.suspects", "[n3]");
        lab.assertValue("n2.suspects", "[n3]");
    }

    @Test
    void pathsSayWhatIsWrong() {
        Lab lab = Lab.create();
        lab.run("spawn 2 fd");
        assertTrue(lab.error("show n1.timeout").contains("n1.timeout needs a node"));
        assertTrue(lab.error("show n1.timeout.n1").contains("does not watch itself"));
        assertTrue(lab.error("show n1.timeout.n9").contains("unknown node 'n9'"));
        assertEquals("n1.timeout.n2 = 300ms", lab.run("show n1").lines().filter(l -> l.contains("timeout")).findFirst().orElseThrow());
    }
}
