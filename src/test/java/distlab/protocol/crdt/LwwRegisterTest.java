package distlab.protocol.crdt;

import static distlab.protocol.crdt.Replicas.N1;
import static distlab.protocol.crdt.Replicas.N2;
import static distlab.protocol.crdt.Replicas.stamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LwwRegisterTest {
    @Test
    void unsetHasNoValueAndNoStamp() {
        assertEquals(Optional.empty(), LwwRegister.EMPTY.value());
        assertEquals(Optional.empty(), LwwRegister.EMPTY.stamp());
        assertEquals("none", LwwRegister.EMPTY.toString());
    }

    @Test
    void theLaterStampWinsWhateverTheMergeOrder() {
        LwwRegister older = LwwRegister.EMPTY.set("red", stamp(1, N1));
        LwwRegister newer = LwwRegister.EMPTY.set("blue", stamp(2, N1));
        assertEquals(Optional.of("blue"), older.merge(newer).value());
        assertEquals(Optional.of("blue"), newer.merge(older).value());
    }

    @Test
    void equalClocksAreWonByTheNodeLaterInNodeOrder() {
        // Concurrent writes with equal Lamport clocks: (1,n2) > (1,n1), so n2's write wins.
        LwwRegister atN1 = LwwRegister.EMPTY.set("red", stamp(1, N1));
        LwwRegister atN2 = LwwRegister.EMPTY.set("blue", stamp(1, N2));
        assertEquals(Optional.of("blue"), atN1.merge(atN2).value());
        assertEquals(Optional.of("blue"), atN2.merge(atN1).value());
        assertEquals("blue@1:n2", atN1.merge(atN2).toString());
    }

    @Test
    void theConcurrentLoserVanishesWithoutTrace() {
        LwwRegister merged = LwwRegister.EMPTY.set("red", stamp(1, N1)).merge(LwwRegister.EMPTY.set("blue", stamp(1, N2)));
        assertTrue(merged.toString().indexOf("red") < 0);
    }

    @Test
    void aWriteWithAnOlderStampChangesNothing() {
        LwwRegister r = LwwRegister.EMPTY.set("new", stamp(5, N1));
        assertEquals(r, r.set("old", stamp(3, N2)));
    }

    @Test
    void mergeIsIdempotentAndHasAnIdentity() {
        LwwRegister r = LwwRegister.EMPTY.set("x", stamp(2, N2));
        assertEquals(r, r.merge(r));
        assertEquals(r, r.merge(LwwRegister.EMPTY));
        assertEquals(r, LwwRegister.EMPTY.merge(r));
    }
}
