package distlab.protocol.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** Lecture 2.3's link layer, one rule per test: framing, acknowledgement, retransmission, dedup, stable storage. */
class LinkRulesTest {
    private static Lab manual(String settings) {
        Lab lab = Lab.create();
        lab.run("spawn 2 link", "net manual");
        if (!settings.isEmpty()) lab.run("config " + settings);
        return lab;
    }

    @Test
    void withoutRetransmitAFrameIsSentOnceAndNotAcknowledged() {
        Lab lab = manual("");
        String out = lab.run("send n1 n2 a", "deliver m1");
        assertTrue(out.contains("send m1 to n2 Data #1 \"a\""), out);
        assertFalse(out.contains("Ack"), out);
        lab.assertValue("n2.delivered", "[\"a\"]");
        lab.run("send n1 n2 b", "drop m2", "advance 1s");
        lab.assertValue("cluster.inflight", "0");
        lab.assertValue("cluster.reliable", "false");
    }

    @Test
    void framesAreNumberedPerLink() {
        Lab lab = Lab.create();
        String out = lab.run("spawn 3 link", "send n1 n2 a", "send n1 n3 b", "send n1 n2 c");
        assertTrue(out.contains("Data #1 \"a\"") && out.contains("Data #1 \"b\"") && out.contains("Data #2 \"c\""), out);
    }

    @Test
    void aFrameIsResentUntilAcknowledged() {
        Lab lab = manual("retransmit=100ms");
        lab.run("send n1 n2 a", "drop m1", "advance 100ms");
        lab.assertValue("m2.payload", "Data #1 \"a\"");
        lab.run("deliver m2", "deliver m3");
        lab.assertValue("n1.unacked", "0");
        lab.run("advance 1s");
        lab.assertValue("cluster.messages", "3");
    }

    @Test
    void withoutDedupALostAckDeliversTwice() {
        Lab lab = manual("retransmit=100ms");
        lab.run("send n1 n2 a", "deliver m1", "drop m2", "advance 100ms", "deliver m3");
        lab.assertValue("n2.delivered", "[\"a\", \"a\"]");
        lab.assertValue("cluster.duplicates", "1");
        lab.assertValue("cluster.nodup", "false");
    }

    @Test
    void dedupDiscardsASeenFrameButStillAcknowledgesIt() {
        Lab lab = manual("retransmit=100ms dedup=on");
        String out = lab.run("send n1 n2 a", "deliver m1", "drop m2", "advance 100ms", "deliver m3");
        assertTrue(out.contains("local \"discard duplicate #1 from n1\""), out);
        assertTrue(out.contains("send m4 to n1 Ack #1"), out);
        lab.assertValue("n2.delivered", "[\"a\"]");
        lab.assertValue("cluster.nodup", "true");
    }

    @Test
    void aCrashLosesTheVolatileReceivedListAndDedupRecord() {
        Lab lab = manual("retransmit=100ms dedup=on");
        lab.run("send n1 n2 a", "deliver m1", "drop m2", "crash n2");
        lab.assertValue("n2.delivered", "[]");
        lab.run("restart n2", "advance 100ms", "deliver m3");
        lab.assertValue("n2.delivered", "[\"a\"]");
        lab.assertValue("cluster.nodup", "false");
    }

    @Test
    void stableStorageKeepsThemAcrossTheCrash() {
        Lab lab = manual("retransmit=100ms dedup=on stable=on");
        lab.run("send n1 n2 a", "deliver m1", "drop m2", "crash n2");
        lab.assertValue("n2.delivered", "[\"a\"]");
        lab.run("restart n2", "advance 100ms", "deliver m3");
        lab.assertValue("n2.dedup", "1");
        lab.assertValue("cluster.nodup", "true");
    }

    @Test
    void aRestartedSenderResendsItsStableOutboxButForgetsAVolatileOne() {
        Lab volatileOutbox = manual("retransmit=100ms");
        volatileOutbox.run("send n1 n2 a", "drop m1", "crash n1", "restart n1", "advance 1s");
        volatileOutbox.assertValue("cluster.messages", "1");
        Lab stableOutbox = manual("retransmit=100ms stable=on");
        stableOutbox.run("send n1 n2 a", "drop m1", "crash n1", "restart n1", "advance 100ms");
        stableOutbox.assertValue("m2.payload", "Data #1 \"a\"");
    }

    @Test
    void sequenceNumbersSurviveACrashSoNewMessagesAreNotTakenForDuplicates() {
        Lab lab = manual("dedup=on stable=on");
        lab.run("send n1 n2 a", "deliver m1", "crash n1", "restart n1", "send n1 n2 b", "deliver m2");
        lab.assertValue("m2.payload", "Data #2 \"b\"");
        lab.assertValue("n2.delivered", "[\"a\", \"b\"]");
    }

    @Test
    void aSizedSendPutsItsSizeOnTheFrame() {
        Lab lab = Lab.create();
        lab.run("spawn 2 link", "latency 10ms", "bandwidth 1Mbps", "send n1 n2 photo --size 125kB");
        lab.assertValue("m1.due", "1.01s");
    }
}
