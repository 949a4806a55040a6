package distlab.protocol.crdt;

import static distlab.protocol.crdt.Replicas.N1;
import static distlab.protocol.crdt.Replicas.N2;
import static distlab.protocol.crdt.Replicas.N3;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PnCounterTest {
    @Test
    void theValueIsIncrementsMinusDecrements() {
        PnCounter c = PnCounter.EMPTY.inc(N1, 10).dec(N1, 3).dec(N2, 4);
        assertEquals(3, c.value());
        assertEquals(10, c.increments().value());
        assertEquals(7, c.decrements().value());
    }

    @Test
    void partitionedSidesConvergeWithNoUpdateLost() {
        // Lecture 7.3's try-it: n1 counts up 10 on one side, n3 down 4 on the other.
        PnCounter side1 = PnCounter.EMPTY.inc(N1, 10);
        PnCounter side2 = PnCounter.EMPTY.dec(N3, 4);
        assertEquals(10, side1.value());
        assertEquals(-4, side2.value());
        assertEquals(6, side1.merge(side2).value());
        assertEquals(side1.merge(side2), side2.merge(side1));
    }

    @Test
    void aDecrementIsNotLostInTheMaximum() {
        // Had the state been one signed count per replica, max(10, 10-3) would drop the -3.
        PnCounter old = PnCounter.EMPTY.inc(N1, 10);
        PnCounter newer = old.dec(N1, 3);
        assertEquals(7, old.merge(newer).value());
        assertEquals(7, newer.merge(old).value());
    }

    @Test
    void mergeIsIdempotent() {
        PnCounter c = PnCounter.EMPTY.inc(N1, 2).dec(N2, 5);
        assertEquals(c, c.merge(c));
        assertEquals(-3, c.merge(c).value());
    }

    @Test
    void printsBothHalves() {
        assertEquals("P{n1:10} N{n3:4}", PnCounter.EMPTY.inc(N1, 10).dec(N3, 4).toString());
    }
}
