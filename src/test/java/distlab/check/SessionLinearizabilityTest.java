package distlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.check.linearizability.KvOp;
import distlab.check.linearizability.KvResult;
import distlab.check.linearizability.Operation;
import distlab.protocol.client.ClientProtocol;
import distlab.testing.Lab;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check linearizable} and {@code cluster.linearizable} on hand-made quorum histories,
 * including pending, timed-out and failed ops (docs/history-checker.md), driven by manual delivery.
 */
class SessionLinearizabilityTest {
    private static List<Operation<KvOp, KvResult>> operations(Lab lab) {
        return HistoryLinearizability.operations(((ClientProtocol) lab.session().module()).history());
    }

    @Test
    void anEmptyHistoryIsLinearizable() {
        Lab lab = Lab.manualQuorum();
        assertEquals("linearizable (no ops yet)\n", lab.run("check linearizable"));
        lab.assertValue("cluster.linearizable", "true");
    }

    @Test
    void badUseGivesOneClearLine() {
        Lab lab = Lab.manualQuorum();
        assertEquals("CHECK must be linearizable, not 'serializable'; usage: check CHECK", lab.error("check serializable"));
        assertEquals("missing CHECK (linearizable); usage: check CHECK", lab.error("check"));
        assertEquals("unexpected 'now'; usage: check CHECK", lab.error("check linearizable now"));
        Lab plain = Lab.create();
        plain.run("spawn 2");
        assertEquals("check linearizable needs a protocol whose clients' history has a model (quorum or raft); this session runs plain",
                plain.error("check linearizable"));
        assertTrue(plain.error("show cluster.linearizable").startsWith("cluster.linearizable needs a protocol whose clients' history has a model"));
        assertTrue(lab.error("show cluster.bogus").contains("linearizable"), "the error lists the cluster fields");
    }

    @Test
    void aReadOfAPendingWriteIsLinearizableAndThePendingWriteStaysOpen() {
        Lab lab = Lab.manualQuorum();
        lab.run("put x 1", "deliver m1", "get x --client c2", "deliver m5 m6", "deliver m8 m9");
        lab.assertValue("op1.status", "pending");
        lab.assertValue("op2.value", "1");
        assertEquals("linearizable (2 ops)\n", lab.run("check linearizable"));
        assertTrue(operations(lab).get(0).isOpen());
    }

    @Test
    void aTimedOutWriteMayOrMayNotHaveTakenEffect() {
        Lab lab = Lab.manualQuorum("timeout=100ms");
        lab.run("put x 1", "deliver m1", "advance 100ms");
        lab.assertValue("op1.status", "failed");
        // a later read that sees it is fine: the put may have taken effect ...
        lab.run("get x --client c2", "deliver m5 m6", "deliver m8 m9");
        lab.assertValue("op2.value", "1");
        lab.assertValue("cluster.linearizable", "true");
        // ... but then a read that began after op2 returned must see it too; op3 does not
        // (n2 and n3 never got the put, and the repair to n2, m10, is still in flight)
        lab.run("get x --client c3", "deliver m12 m13", "deliver m14 m15");
        lab.assertValue("op3.value", "none");
        lab.assertValue("cluster.linearizable", "false");
        assertTrue(operations(lab).get(0).isOpen(), "a timed-out put stays open");
    }

    @Test
    void aTimedOutWriteThatNobodySawIsLinearizable() {
        Lab lab = Lab.manualQuorum("timeout=100ms");
        lab.run("put x 1", "advance 100ms", "get x --client c2", "deliver m5 m6", "deliver m7 m8");
        lab.assertValue("op1.status", "failed");
        lab.assertValue("op2.value", "none");
        lab.assertValue("cluster.linearizable", "true");
    }

    @Test
    void aFailedReadIsLeftOutAndAWaitingOpIsNotInvoked() {
        Lab lab = Lab.manualQuorum("timeout=100ms");
        lab.run("put x 1", "deliver m1 m2", "deliver m4 m5");
        lab.run("get x --client c2", "advance 100ms");
        lab.assertValue("op2.status", "failed");
        lab.run("get x --client c3", "get x --client c3");
        lab.assertValue("op4.status", "pending");
        // op2 failed and changed nothing; op4 waits behind op3: both are left out; op3 is open
        List<Operation<KvOp, KvResult>> ops = operations(lab);
        assertEquals(List.of("op1", "op3"), ops.stream().map(Operation::name).toList());
        assertTrue(ops.get(1).isOpen());
        assertEquals("linearizable (2 ops)\n", lab.run("check linearizable"));
    }

    @Test
    void theLectureAnomalyIsCaughtAndExplained() {
        Lab lab = Lab.manualQuorum("readrepair=off");
        lab.run("put x 1", "deliver m1");
        lab.run("get x --client c2", "deliver m5 m6", "deliver m8 m9");
        lab.run("get x --client c3", "deliver m11 m12", "deliver m13 m14");
        lab.assertValue("op2.value", "1");
        lab.assertValue("op3.value", "none");
        String out = lab.run("check linearizable");
        assertTrue(out.startsWith("not linearizable (3 ops)\n"), out);
        assertTrue(out.contains("op2") && out.contains("op3") && out.contains("key x"), out);
        lab.assertValue("cluster.linearizable", "false");
        // completing the write afterwards does not undo what the clients saw
        lab.run("deliver all", "deliver all");
        lab.assertValue("op1.status", "ok");
        lab.assertValue("cluster.linearizable", "false");
    }

    @Test
    void aStaleReadIsNotLinearizable() {
        Lab lab = Lab.manualQuorum("r=1 w=1");
        lab.run("put x 1", "deliver m1", "deliver m4", "get x --client c2", "deliver m7", "deliver m8");
        lab.assertValue("cluster.stale", "[op2]");
        lab.assertValue("cluster.linearizable", "false");
    }

    @Test
    void severalWritersNeedTheTimestampQuery() {
        // c1 is created first, so 1:c1 < 1:c2; without the query c1's later write loses.
        String schedule = "get y --client c1|advance 1s|put x 1 --client c2|advance 1s|put x 2 --client c1|advance 1s"
                + "|get x --client c3|advance 1s";
        Lab plain = Lab.create();
        plain.run("spawn 3 quorum", "config writeback=on");
        plain.run(schedule.split("\\|"));
        plain.assertValue("op4.value", "1");
        plain.assertValue("cluster.linearizable", "false");
        Lab query = Lab.create();
        query.run("spawn 3 quorum", "config writeback=on writequery=on");
        query.run(schedule.split("\\|"));
        query.assertValue("op4.value", "2");
        query.assertValue("cluster.linearizable", "true");
    }

    @Test
    void theVerdictFollowsCompletions() {
        Lab lab = Lab.manualQuorum("r=1 w=1");
        lab.run("put x 1", "deliver m1", "deliver m4", "get x --client c2", "deliver m7");
        lab.assertValue("cluster.linearizable", "true");
        lab.run("deliver m8");
        lab.assertValue("cluster.linearizable", "false");
        lab.run("reset", "spawn 3 quorum");
        lab.assertValue("cluster.linearizable", "true");
    }
}
