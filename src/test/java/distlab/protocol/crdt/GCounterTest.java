package distlab.protocol.crdt;

import static distlab.protocol.crdt.Replicas.N1;
import static distlab.protocol.crdt.Replicas.N2;
import static distlab.protocol.crdt.Replicas.N3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GCounterTest {
    @Test
    void eachReplicaCountsInItsOwnEntryAndTheValueIsTheSum() {
        GCounter c = GCounter.EMPTY.inc(N1, 1).inc(N2, 2).inc(N1, 4);
        assertEquals(5, c.count(N1));
        assertEquals(2, c.count(N2));
        assertEquals(0, c.count(N3));
        assertEquals(7, c.value());
    }

    @Test
    void mergeTakesTheElementWiseMaximumAsInTheLecture() {
        // Lecture 7.3, check yourself 2: [3,1,0] merged with [2,4,0] is [3,4,0], value 7.
        GCounter a = GCounter.EMPTY.inc(N1, 3).inc(N2, 1);
        GCounter b = GCounter.EMPTY.inc(N1, 2).inc(N2, 4);
        GCounter m = a.merge(b);
        assertEquals(3, m.count(N1));
        assertEquals(4, m.count(N2));
        assertEquals(7, m.value());
        assertEquals(m, b.merge(a));
    }

    @Test
    void mergingTheSameStateAgainCountsNothingTwice() {
        GCounter a = GCounter.EMPTY.inc(N1, 1).inc(N2, 2).inc(N3, 3);
        assertEquals(6, a.merge(a).value());
        assertEquals(6, a.merge(a).merge(a).value());
        assertSame(a, a.merge(GCounter.EMPTY));
    }

    @Test
    void statesAreImmutableSnapshots() {
        GCounter before = GCounter.EMPTY.inc(N1, 1);
        GCounter after = before.inc(N1, 1);
        assertEquals(1, before.value());
        assertEquals(2, after.value());
        assertThrows(UnsupportedOperationException.class, () -> after.counts().put(N2, 5L));
    }

    @Test
    void anIncrementIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> GCounter.EMPTY.inc(N1, 0));
        assertThrows(IllegalArgumentException.class, () -> GCounter.EMPTY.inc(N1, -1));
    }

    @Test
    void printsItsCountsSparselyInNodeOrder() {
        assertEquals("{}", GCounter.EMPTY.toString());
        assertEquals("{n1:1 n3:2}", GCounter.EMPTY.inc(N3, 2).inc(N1, 1).toString());
    }
}
