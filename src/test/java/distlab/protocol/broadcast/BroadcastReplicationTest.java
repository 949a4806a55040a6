package distlab.protocol.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** Lecture 5.3 with {@code apply=kv}: replicas apply what they deliver, in delivery order. */
class BroadcastReplicationTest {
    private static Lab replicas(String protocol) {
        Lab lab = Lab.create();
        lab.run("spawn 3 " + protocol, "config apply=kv", "net manual");
        return lab;
    }

    @Test
    void fifoWithConcurrentSetsDiverges() {
        Lab lab = replicas("fifo");
        lab.run("broadcast n1 set x 1", "broadcast n2 set x 2", "deliver all", "expect n1.kv.x == 2", "expect n2.kv.x == 1",
                "expect not cluster.converged", "expect cluster.fifo");
        assertTrue(lab.run("nodes").contains("{x=1}"));
    }

    @Test
    void totalOrderWithTheSameSetsConverges() {
        for (String algorithm : new String[] {"sequencer", "lamport"}) {
            Lab lab = replicas("total");
            lab.run("config algorithm=" + algorithm, "broadcast n1 set x 1", "broadcast n2 set x 2");
            for (int i = 0; i < 4; i++) lab.run("deliver all");
            lab.run("expect cluster.converged", "expect cluster.total", "expect n3.delivered.length == 2");
            assertEquals(lab.value("n1.kv.x"), lab.value("n3.kv.x"), algorithm);
        }
    }

    @Test
    void causalWithCommutingAddsConverges() {
        Lab lab = replicas("causal");
        lab.run("broadcast n1 add x 5", "broadcast n2 add x 2", "broadcast n3 add y -1", "deliver m1 m4 m6", "deliver all",
                "expect not cluster.total", "expect cluster.converged", "expect n1.kv.x == 7", "expect n2.kv == \"{x=7, y=-1}\"");
    }

    @Test
    void aReplicaAppliesItsOwnCommandOnlyWhenItIsDelivered() {
        Lab lab = replicas("total");
        lab.run("broadcast n2 set x 1", "expect n2.kv.x == none", "deliver all", "deliver all", "expect n2.kv.x == 1");
    }

    @Test
    void addLeavesAWordAloneAndCountsAMissingKeyAsZero() {
        Lab lab = replicas("total");
        lab.run("broadcast n1 set x red", "broadcast n1 add x 1", "broadcast n1 add y 3", "expect n1.kv == \"{x=red, y=3}\"");
    }

    @Test
    void payloadsMustBeCommandsAndApplyIsFixedOnceBroadcastingStarts() {
        Lab lab = replicas("fifo");
        assertEquals("with config apply=kv a payload is set KEY VALUE or add KEY N (e.g. broadcast n1 set x 1), not 'hello'",
                lab.error("broadcast n1 hello"));
        assertEquals("add takes a whole number from -1000000000 to 1000000000, not 'lots'", lab.error("broadcast n1 add x lots"));
        lab.run("expect cluster.broadcasts == 0", "broadcast n1 set x 1");
        assertTrue(lab.error("config apply=off").startsWith("apply is fixed once something has been broadcast"));
    }
}
