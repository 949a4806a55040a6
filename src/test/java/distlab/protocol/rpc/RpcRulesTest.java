package distlab.protocol.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.protocol.client.Op;
import distlab.protocol.client.ClientProtocol;
import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** Lecture 1.3's rules, one schedule each: at-most-once, at-least-once, and exactly-once effect by idempotency keys. */
class RpcRulesTest {
    private static Lab manual(String settings) {
        Lab lab = Lab.create();
        lab.run("spawn 1 rpc", "net manual");
        if (!settings.isEmpty()) lab.run("config " + settings);
        return lab;
    }

    private static Op op(Lab lab, int id) {
        return ((ClientProtocol) lab.session().module()).history().find(id);
    }

    @Test
    void atMostOnceALostReplyFailsTheCallWithItsOutcomeUnknownThoughTheCardWasCharged() {
        Lab lab = manual("");
        lab.run("charge 20", "deliver m1", "drop m2", "advance 200ms");
        lab.assertValue("op1.status", "failed");
        lab.assertValue("op1.error", "timeout after 1 attempt");
        assertFalse(op(lab, 1).outcomeKnown(), "a timeout cannot tell a lost request from a lost reply");
        lab.assertValue("n1.charged", "20");
        lab.assertValue("op1.attempts", "1");
    }

    @Test
    void atMostOnceALostRequestChargesNothing() {
        Lab lab = manual("");
        lab.run("charge 20", "drop m1", "advance 200ms");
        lab.assertValue("op1.status", "failed");
        lab.assertValue("n1.charged", "0");
        lab.assertValue("cluster.messages", "1");
    }

    @Test
    void atLeastOnceALostReplyAndARetryChargeTwice() {
        Lab lab = manual("retry=on");
        lab.run("charge 20", "deliver m1", "drop m2", "advance 200ms", "deliver m3", "deliver m4");
        lab.assertValue("op1.status", "ok");
        lab.assertValue("op1.attempts", "2");
        lab.assertValue("op1.executions", "2");
        lab.assertValue("n1.charged", "40");
        lab.assertValue("op1.receipt", "r2");
        lab.assertValue("cluster.doublecharges", "[op1]");
        lab.assertValue("cluster.exactlyonce", "false");
    }

    @Test
    void withDedupTheRetryGetsTheStoredReceiptAndChargesNothing() {
        Lab lab = manual("retry=on dedup=on");
        String out = lab.run("charge 20", "deliver m1", "drop m2", "advance 200ms", "deliver m3", "deliver m4");
        assertTrue(out.contains("send m3 to n1 Charge op1 20 try 2 key k1"), out);
        assertTrue(out.contains("local \"duplicate k1: no new charge\""), out);
        lab.assertValue("op1.status", "ok");
        lab.assertValue("op1.executions", "1");
        lab.assertValue("op1.receipt", "r1");
        lab.assertValue("op1.idkey", "k1");
        lab.assertValue("n1.charged", "20");
        lab.assertValue("n1.keys", "[k1]");
        lab.assertValue("cluster.exactlyonce", "true");
    }

    @Test
    void aCallIsSentAtMostOnePlusRetriesTimes() {
        Lab lab = manual("retry=on retries=2 timeout=50ms");
        lab.run("charge 20", "advance 1s");
        lab.assertValue("op1.status", "failed");
        lab.assertValue("op1.attempts", "3");
        lab.assertValue("op1.error", "timeout after 3 attempts");
        lab.assertValue("cluster.messages", "3");
    }

    @Test
    void theFirstReplyEndsTheCallAndALateOneIsIgnored() {
        Lab lab = manual("retry=on dedup=on");
        lab.run("charge 20", "advance 200ms", "deliver m1", "deliver m3");
        lab.assertValue("op1.status", "ok");
        lab.run("deliver m2", "deliver m4");
        lab.assertValue("op1.executions", "1");
        lab.assertValue("n1.executions", "1");
    }

    @Test
    void theServiceKeysAreStableStorageSoACrashDoesNotForgetThem() {
        Lab lab = manual("retry=on dedup=on");
        lab.run("charge 20", "deliver m1", "drop m2", "crash n1", "restart n1", "advance 200ms", "deliver m3", "deliver m4");
        lab.assertValue("n1.charged", "20");
        lab.assertValue("n1.keys", "[k1]");
        lab.assertValue("op1.status", "ok");
    }

    @Test
    void withoutDedupNoKeyIsSentEvenOnRetries() {
        Lab lab = manual("retry=on");
        String out = lab.run("charge 20", "drop m1", "advance 200ms");
        assertFalse(out.contains("key"), out);
        lab.assertValue("op1.idkey", "none");
    }

    @Test
    void aClientMakesOneCallAtATime() {
        Lab lab = manual("");
        String out = lab.run("charge 20", "charge 30");
        assertTrue(out.contains("op2 charge 30 (c1): waiting for c1's previous op"), out);
        lab.run("deliver m1", "deliver m2");
        lab.assertValue("op1.status", "ok");
        assertEquals("inflight", lab.value("m3.status"), "the second call starts when the first ends");
    }

    @Test
    void aCallGoesToTheServiceNamedByTo() {
        Lab lab = Lab.create();
        lab.run("spawn 2 rpc", "charge 20 --to n2", "advance 100ms");
        lab.assertValue("n2.charged", "20");
        lab.assertValue("n1.charged", "0");
        lab.assertValue("op1.target", "n2");
        lab.assertValue("cluster.charged", "20");
    }

    @Test
    void badChargesAreOneClearLine() {
        Lab lab = Lab.create();
        assertTrue(lab.error("charge 20").contains("spawn some first (e.g. spawn 1 rpc)"));
        lab.run("spawn 1 rpc");
        assertTrue(lab.error("charge 0").contains("AMOUNT must be a whole number from 1"));
        assertTrue(lab.error("charge ten").contains("AMOUNT must be a whole number from 1"));
        assertTrue(lab.error("charge 5 --to n9").contains("unknown node 'n9'"));
        lab.run("charge 5");
        assertTrue(lab.error("charge 5 --to c1").contains("c1 is a client"));
        assertTrue(lab.error("config retries=-1").contains("retries must be between 0 and 100"));
    }
}
