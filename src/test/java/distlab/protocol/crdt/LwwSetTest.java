package distlab.protocol.crdt;

import static distlab.protocol.crdt.Replicas.N1;
import static distlab.protocol.crdt.Replicas.N2;
import static distlab.protocol.crdt.Replicas.stamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LwwSetTest {
    @Test
    void anElementIsPresentWhenItsLatestAddIsLaterThanItsLatestRemove() {
        LwwSet s = LwwSet.EMPTY.add("milk", stamp(1, N1));
        assertTrue(s.contains("milk", Bias.NODE));
        s = s.remove("milk", stamp(2, N1));
        assertFalse(s.contains("milk", Bias.NODE));
        s = s.add("milk", stamp(3, N1));
        assertTrue(s.contains("milk", Bias.NODE), "unlike a 2P-set, an element can come back");
    }

    @Test
    void addAndRemoveOrderIsByStampNotByArrival() {
        LwwSet add = LwwSet.EMPTY.add("x", stamp(5, N1));
        LwwSet remove = LwwSet.EMPTY.remove("x", stamp(4, N2));
        assertEquals(List.of("x"), add.merge(remove).elements(Bias.NODE));
        assertEquals(List.of("x"), remove.merge(add).elements(Bias.NODE));
        // Applied locally in the other order: the remove's older stamp still loses.
        assertEquals(List.of("x"), remove.add("x", stamp(5, N1)).elements(Bias.NODE));
        assertEquals(List.of("x"), add.remove("x", stamp(4, N2)).elements(Bias.NODE));
    }

    @Test
    void aRemoveOfAnUnseenElementBeatsAnEarlierAddThatArrivesLater() {
        LwwSet removedFirst = LwwSet.EMPTY.remove("milk", stamp(4, N2));
        LwwSet added = LwwSet.EMPTY.add("milk", stamp(3, N1));
        assertEquals(List.of(), removedFirst.merge(added).elements(Bias.NODE));
    }

    @Test
    void equalClocksGoToTheNodeLaterInNodeOrderByDefault() {
        LwwSet addAtN1 = LwwSet.EMPTY.add("x", stamp(2, N1));
        LwwSet removeAtN2 = LwwSet.EMPTY.remove("x", stamp(2, N2));
        assertFalse(addAtN1.merge(removeAtN2).contains("x", Bias.NODE));
        LwwSet addAtN2 = LwwSet.EMPTY.add("x", stamp(2, N2));
        LwwSet removeAtN1 = LwwSet.EMPTY.remove("x", stamp(2, N1));
        assertTrue(addAtN2.merge(removeAtN1).contains("x", Bias.NODE));
    }

    @Test
    void biasDecidesEqualClocksWhenNodesAreIgnored() {
        LwwSet tie = LwwSet.EMPTY.add("x", stamp(2, N1)).merge(LwwSet.EMPTY.remove("x", stamp(2, N2)));
        assertTrue(tie.contains("x", Bias.ADD), "add-biased: a tie keeps the element");
        assertFalse(tie.contains("x", Bias.REMOVE), "remove-biased: a tie drops it");
        assertFalse(tie.contains("x", Bias.NODE), "by node: n2's remove is later");
        LwwSet clear = LwwSet.EMPTY.add("x", stamp(3, N1)).remove("x", stamp(2, N2));
        for (Bias bias : Bias.values()) assertTrue(clear.contains("x", bias), "a later add wins under every bias");
        LwwSet gone = LwwSet.EMPTY.add("x", stamp(2, N2)).remove("x", stamp(3, N1));
        for (Bias bias : Bias.values()) assertFalse(gone.contains("x", bias), "a later remove wins under every bias");
    }

    @Test
    void mergeKeepsTheLatestStampOfEachAndIsIdempotent() {
        LwwSet a = LwwSet.EMPTY.add("x", stamp(1, N1)).remove("y", stamp(5, N1));
        LwwSet b = LwwSet.EMPTY.add("x", stamp(3, N2)).remove("y", stamp(2, N2));
        LwwSet m = a.merge(b);
        assertEquals(stamp(3, N2), m.adds().get("x"));
        assertEquals(stamp(5, N1), m.removes().get("y"));
        assertEquals(m, m.merge(a));
        assertEquals(m, m.merge(m));
        assertEquals("+x@3:n2 -y@5:n1", m.toString());
    }
}
