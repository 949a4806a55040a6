package distlab.protocol.crdt;

import static distlab.protocol.crdt.Replicas.N1;
import static distlab.protocol.crdt.Replicas.N2;
import static distlab.protocol.crdt.Replicas.N3;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MvRegisterTest {
    @Test
    void concurrentWritesAreKeptAsSiblings() {
        MvRegister red = MvRegister.EMPTY.set(N1, "red");
        MvRegister blue = MvRegister.EMPTY.set(N2, "blue");
        MvRegister both = red.merge(blue);
        assertEquals(List.of("blue", "red"), both.values());
        assertEquals(2, both.siblings().size());
        assertEquals(both, blue.merge(red));
        assertEquals("blue{n2:1} red{n1:1}", both.toString());
    }

    @Test
    void aWriteThatHasSeenBothSiblingsReplacesThem() {
        MvRegister both = MvRegister.EMPTY.set(N1, "red").merge(MvRegister.EMPTY.set(N2, "blue"));
        MvRegister green = both.set(N1, "green");
        assertEquals(List.of("green"), green.values());
        assertEquals(2, green.siblings().get(0).version().get(N1));
        assertEquals(1, green.siblings().get(0).version().get(N2));
        // Merged back into the replica that still holds both siblings, green overwrites both.
        assertEquals(List.of("green"), both.merge(green).values());
        assertEquals(List.of("green"), green.merge(both).values());
    }

    @Test
    void aLaterWriteOverwritesWhatItHasSeen() {
        MvRegister first = MvRegister.EMPTY.set(N1, "a");
        MvRegister second = first.set(N2, "b");
        assertEquals(List.of("b"), first.merge(second).values());
        assertEquals(List.of("b"), second.merge(first).values());
    }

    @Test
    void aWriteConcurrentWithOnlyOneSiblingKeepsTheOther() {
        MvRegister a = MvRegister.EMPTY.set(N1, "a");
        MvRegister b = MvRegister.EMPTY.set(N2, "b");
        MvRegister c = a.set(N3, "c"); // n3 saw a, not b
        assertEquals(List.of("b", "c"), a.merge(b).merge(c).values());
        assertEquals(List.of("b", "c"), c.merge(b).merge(a).values());
    }

    @Test
    void equalConcurrentValuesPrintOnce() {
        MvRegister both = MvRegister.EMPTY.set(N1, "x").merge(MvRegister.EMPTY.set(N2, "x"));
        assertEquals(2, both.siblings().size());
        assertEquals(List.of("x"), both.values());
    }

    @Test
    void versionVectorsOrderWritesByWhatTheyHaveSeen() {
        VersionVector a = VersionVector.EMPTY.increment(N1);
        VersionVector b = a.increment(N2);
        VersionVector c = VersionVector.EMPTY.increment(N2);
        assertEquals(true, b.dominates(a));
        assertEquals(false, a.dominates(b));
        assertEquals(false, a.dominates(c));
        assertEquals(false, c.dominates(a));
        assertEquals(false, a.dominates(a));
    }

    @Test
    void unsetHasNoValues() {
        assertEquals(List.of(), MvRegister.EMPTY.values());
        assertEquals(MvRegister.EMPTY, MvRegister.EMPTY.merge(MvRegister.EMPTY));
    }
}
