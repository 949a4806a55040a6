package distlab.protocol.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import distlab.sim.node.NodeId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order checks, judged on delivery sequences against the application's happens-before. */
class BroadcastLogTest {
    private static final NodeId N1 = new NodeId(0, "n1");
    private static final NodeId N2 = new NodeId(1, "n2");
    private static final NodeId N3 = new NodeId(2, "n3");

    private final BroadcastLog log = new BroadcastLog();

    @Test
    void broadcastsAreNumberedAcrossNodesWithEachSendersOwnSeq() {
        Broadcast a = log.open(N1, "a");
        Broadcast b = log.open(N2, "b");
        Broadcast c = log.open(N1, "c");
        assertEquals(List.of("b1", "b2", "b3"), List.of(a.id(), b.id(), c.id()));
        assertEquals(List.of(0, 0, 1), List.of(a.seq(), b.seq(), c.seq()));
        assertEquals(c, log.find(0, 1));
        assertEquals("b3 seq=1 \"c\"", new BroadcastMessage.Numbered(c).toString());
    }

    @Test
    void aLaterBroadcastOfOneSenderDeliveredFirstBreaksFifoAndCausal() {
        Broadcast first = log.open(N1, "a");
        Broadcast second = log.open(N1, "b");
        log.delivered(N2, second);
        assertEquals("n2 delivered b2 before b1, which n1 broadcast first", log.fifoViolation());
        assertEquals("n2 delivered b2 before b1, which happened before it", log.causalViolation());
        log.delivered(N2, first);
        assertEquals(List.of(second, first), log.delivered(N2));
    }

    @Test
    void aReplyDeliveredBeforeItsQuestionBreaksCausalOrderOnly() {
        Broadcast question = log.open(N1, "q");
        log.delivered(N1, question);
        log.delivered(N2, question);
        Broadcast reply = log.open(N2, "r");
        log.delivered(N3, reply);
        assertNull(log.fifoViolation());
        assertEquals("n3 delivered b2 before b1, which happened before it", log.causalViolation());
    }

    @Test
    void aMessageReceivedButNotDeliveredCreatesNoDependency() {
        // n2 broadcasts without having delivered b1: the two are concurrent for the application.
        log.open(N1, "q");
        Broadcast other = log.open(N2, "r");
        log.delivered(N3, other);
        assertNull(log.causalViolation());
    }

    @Test
    void twoNodesDisagreeingOnTheOrderOfTwoBroadcastsBreaksTotalOrder() {
        Broadcast x = log.open(N1, "x");
        Broadcast y = log.open(N2, "y");
        log.delivered(N1, x);
        log.delivered(N1, y);
        log.delivered(N3, x);
        assertNull(log.totalViolation(), "n3 has delivered only one of them so far");
        log.delivered(N2, y);
        log.delivered(N2, x);
        assertEquals("n2 delivered b2 before b1, but n1 delivered b1 before b2", log.totalViolation());
        assertNull(log.causalViolation());
    }

    @Test
    void reliableMeansEveryBroadcastSomeUpNodeDeliveredEveryUpNodeDelivered() {
        Broadcast x = log.open(N1, "x");
        log.delivered(N1, x);
        assertEquals("n1 delivered b1 but n2 has not", log.unreliability(List.of(N1, N2, N3)));
        assertNull(log.unreliability(List.of(N2, N3)), "no up node delivered it: nothing to promise");
        log.delivered(N2, x);
        log.delivered(N3, x);
        assertNull(log.unreliability(List.of(N1, N2, N3)));
        assertEquals(List.of(N1, N2, N3), log.receivers(x));
        assertEquals("[1,0,0]", java.util.Arrays.toString(log.got(N3, 3)).replace(" ", ""));
    }

    @Test
    void deliveringTwiceIsABugTheLogRefuses() {
        Broadcast x = log.open(N1, "x");
        log.delivered(N2, x);
        assertThrows(IllegalStateException.class, () -> log.delivered(N2, x));
    }
}
