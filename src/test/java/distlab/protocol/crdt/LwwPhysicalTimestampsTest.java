package distlab.protocol.crdt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.sim.node.NodeId;
import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * The LWW register with {@code config timestamps=physical} (lecture 3.1): the write stamped
 * with the later clock reading wins, whatever happened first in true time.
 */
class LwwPhysicalTimestampsTest {
    @Test
    void aLaterWriteFromAClockBehindLosesAtEveryReplica() {
        Lab lab = Lab.create();
        lab.run("spawn 3 lwwreg", "config timestamps=physical", "clock n2 offset=-100ms", "advance 1s", "set n1 early",
                "advance 50ms", "set n2 late", "gossip", "run 1s");
        lab.run("expect cluster.converged");
        lab.assertValue("n3.value", "early");
        lab.assertValue("n2.ts", "1s:n1");
    }

    @Test
    void withLogicalStampsTheCausallyLaterWriteWins() {
        Lab lab = Lab.create();
        lab.run("spawn 3 lwwreg", "clock n2 offset=-100ms", "set n1 early", "sync n1 n2", "run 1s", "set n2 late", "gossip", "run 1s");
        lab.assertValue("n3.value", "late");
    }

    @Test
    void physicalStampsPrintAsTimesAndMayBeNegative() {
        Stamp s = Stamp.physical(-40_000, new NodeId(1, "n2"));
        assertEquals("-40ms:n2", s.toString());
        assertEquals(-1, s.compareTo(Stamp.physical(0, new NodeId(0, "n1"))));
    }
}
