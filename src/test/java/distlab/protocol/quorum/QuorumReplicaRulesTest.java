package distlab.protocol.quorum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** The replica's rules, driven message by message (docs/commands.md, protocols "quorum", lecture 5.2). */
class QuorumReplicaRulesTest {
    @Test
    void aPutSendsOneWritePerReplicaInNodeOrder() {
        Lab lab = Lab.manualQuorum();
        lab.run("put x 1");
        lab.assertValue("m1.to", "n1");
        lab.assertValue("m2.to", "n2");
        lab.assertValue("m3.to", "n3");
        lab.assertValue("m1.payload", "write x=1@1:c1 op1");
        lab.assertValue("cluster.inflight", "3");
    }

    @Test
    void aReplicaStoresANewerWriteAndAcksAtOnce() {
        Lab lab = Lab.manualQuorum();
        lab.run("put x 1", "deliver m1");
        lab.assertValue("n1.kv.x", "1");
        lab.assertValue("n1.ts.x", "1:c1");
        lab.assertValue("m4.from", "n1");
        lab.assertValue("m4.to", "c1");
        lab.assertValue("m4.payload", "ack x@1:c1 op1");
        lab.assertValue("n2.kv.x", "none");
        lab.assertValue("n2.ts.x", "none");
    }

    @Test
    void aReplicaAcksButIgnoresAnOlderWrite() {
        Lab lab = Lab.manualQuorum();
        // Both clients have seen nothing: c1's write gets 1:c1, c2's gets 1:c2, which is newer
        // because c2 comes after c1 in node order.
        lab.run("put x early --client c1", "put x late --client c2");
        lab.assertValue("m1.payload", "write x=early@1:c1 op1");
        lab.assertValue("m4.payload", "write x=late@1:c2 op2");
        lab.run("deliver m4", "deliver m1");
        lab.assertValue("n1.kv.x", "late");
        lab.assertValue("n1.ts.x", "1:c2");
        // The older write was acknowledged even though it was not kept; the ack says what n1 holds.
        lab.assertValue("m8.payload", "ack x@1:c2 op1");
    }

    @Test
    void aReplicaAnswersAReadWithItsVersionOrNone() {
        Lab lab = Lab.manualQuorum();
        lab.run("get x");
        lab.run("deliver m1");
        lab.assertValue("m4.payload", "value x=none op1");
    }

    @Test
    void aDuplicatedWriteChangesNothing() {
        Lab lab = Lab.manualQuorum();
        lab.run("dup 100", "put x 1");
        // every message is followed by its copy: m1 and m2 go to n1
        lab.assertValue("m2.to", "n1");
        lab.run("deliver m1 m2");
        lab.assertValue("n1.kv.x", "1");
        lab.assertValue("n1.ts.x", "1:c1");
    }

    @Test
    void aReplicasStoreSurvivesACrash() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum", "put x 1", "advance 1s", "crash n1");
        lab.assertValue("n1.kv.x", "1");
        lab.run("restart n1");
        lab.assertValue("n1.kv.x", "1");
        lab.assertValue("n1.ts.x", "1:c1");
    }

    @Test
    void messagesToADownReplicaAreLostButStillNumbered() {
        Lab lab = Lab.manualQuorum();
        lab.run("crash n2", "put x 1");
        lab.assertValue("m2.to", "n2");
        String out = lab.run("deliver m2");
        assertTrue(out.contains("n2 is down"), out);
        lab.assertValue("m2.status", "dropped");
    }

    @Test
    void replicaPathsListTheirKeys() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum", "put y 1", "put x 2", "advance 1s");
        lab.assertValue("n1.keys", "[x, y]");
        lab.assertValue("n1.keys.length", "2");
        String shown = lab.run("show n1");
        assertTrue(shown.contains("n1.kv.x = 2") && shown.contains("n1.ts.y = 1:c1"), shown);
        assertEquals("true", lab.value("cluster.converged"));
    }
}
