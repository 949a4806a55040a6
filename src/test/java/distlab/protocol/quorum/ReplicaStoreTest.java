package distlab.protocol.quorum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.sim.node.NodeId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaStoreTest {
    private static final NodeId C1 = new NodeId(3, "c1");
    private static final NodeId C2 = new NodeId(4, "c2");

    @Test
    void timestampsCompareByCounterThenClientInNodeOrder() {
        assertTrue(new Timestamp(2, C1).compareTo(new Timestamp(1, C2)) > 0);
        assertTrue(new Timestamp(1, C2).compareTo(new Timestamp(1, C1)) > 0);
        assertEquals(0, new Timestamp(1, C1).compareTo(new Timestamp(1, C1)));
        assertTrue(Timestamp.newer(new Timestamp(1, C1), null));
        assertFalse(Timestamp.newer(null, new Timestamp(1, C1)));
        assertEquals("2:c1", new Timestamp(2, C1).toString());
        assertEquals("none", Timestamp.show(null));
    }

    @Test
    void keepsAValueOnlyIfItsTimestampIsGreater() {
        ReplicaStore store = new ReplicaStore();
        assertNull(store.get("x"));
        assertTrue(store.offer("x", new Versioned("1", new Timestamp(1, C1))));
        assertTrue(store.offer("x", new Versioned("2", new Timestamp(1, C2))), "same counter, later client wins");
        assertFalse(store.offer("x", new Versioned("3", new Timestamp(1, C1))), "older timestamp is ignored");
        assertFalse(store.offer("x", new Versioned("4", new Timestamp(1, C2))), "an equal timestamp is a duplicate");
        assertEquals(new Versioned("2", new Timestamp(1, C2)), store.get("x"));
        assertEquals("2@1:c2", store.get("x").toString());
    }

    @Test
    void keysAreListedInOrder() {
        ReplicaStore store = new ReplicaStore();
        store.offer("y", new Versioned("1", new Timestamp(1, C1)));
        store.offer("a", new Versioned("1", new Timestamp(2, C1)));
        assertEquals(List.of("a", "y"), store.keys());
    }

    @Test
    void quorumSizesFollowNUnlessNumeric() {
        assertEquals(2, QuorumSize.QUORUM.of(3));
        assertEquals(3, QuorumSize.QUORUM.of(5));
        assertEquals(5, QuorumSize.ALL.of(5));
        assertEquals(1, QuorumSize.ONE.of(5));
        assertEquals(2, QuorumSize.parse("r", "2").of(5));
        assertEquals("quorum", QuorumSize.QUORUM.setting());
    }
}
