package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.sim.Limits;
import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Failures of the hardening issue whose fix belongs in the command seam (Session,
 * SessionPaths, Args, the CRDT commands). Each test states the line the user
 * should see; they are disabled until that code is changed.
 */
class CommandSeamHardeningTest {
    @Test
    void longMessageAndEventIdsAreUnknownIdsNotInternalErrors() {
        Lab lab = Lab.create();
        lab.run("spawn 2", "send n1 n2 hi");
        assertEquals("unknown message 'm9999999999' (messages: m1)", lab.error("show m9999999999"));
        assertEquals("unknown event 'e99999999999' (events: e1)", lab.error("expect e99999999999 -> e1"));
        assertEquals("unknown event 'e99999999999' (events: e1)", lab.error("let x = e99999999999.vc"));
        assertEquals("unknown event 'e99999999999' (events: e1)", lab.error("run 1s until e99999999999 -> e1"));
        assertEquals("x = e99999999999\n", lab.run("let x = e99999999999"), "a bare word that is no event is a symbol");
    }

    @Test
    void aWholeNumberTooLargeIsOutOfRangeNotNotAWholeNumber() {
        Lab lab = Lab.create();
        lab.run("spawn 2");
        assertEquals("ROWS must be between 1 and 2147483647 (got 99999999999)", lab.error("diagram 99999999999"));
        assertEquals("N must be between 1 and 4000000 (got 12345678901234567890)", lab.error("step 12345678901234567890"));
        assertEquals("ROWS must be a whole number or all, not '1.5'; usage: diagram [ROWS | all] [--width W]", lab.error("diagram 1.5"));
    }

    @Test
    void aCrdtAmountTooLargeSaysSo() {
        Lab lab = Lab.create();
        lab.run("spawn 2 gcounter");
        assertTrue(lab.error("inc n1 9223372036854775807").startsWith("AMOUNT must be at most "), lab.error("inc n1 9223372036854775807"));
        assertTrue(lab.error("inc n1 99999999999999999999999").startsWith("AMOUNT must be at most "));
    }

    @Test
    void clientsDoNotCountTowardTheNodeLimit() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum", "put x 1 --client c1", "put y 1 --client c2");
        lab.run("spawn " + (Limits.DEFAULT.maxNodes() - 3));
        assertEquals("too many nodes: at most 256 servers (there are 256)", lab.error("spawn 1"));
    }
}
