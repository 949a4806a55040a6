package distlab.protocol.crdt;

import static distlab.protocol.crdt.Replicas.N1;
import static distlab.protocol.crdt.Replicas.N2;
import static distlab.protocol.crdt.Replicas.stamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrSetTest {
    @Test
    void aRemoveTombstonesTheObservedTags() {
        OrSet s = OrSet.EMPTY.add("milk", stamp(1, N1)).add("milk", stamp(2, N1));
        OrSet removed = s.remove("milk");
        assertFalse(removed.contains("milk"));
        assertEquals(Set.of(stamp(1, N1), stamp(2, N1)), removed.tombstones().get("milk"));
        assertEquals("~milk{1:n1 2:n1}", removed.toString());
    }

    @Test
    void aConcurrentAddWins() {
        // Lecture 7.3: n1 adds milk (tag a), n2 sees it; then n2 removes milk while n1 adds it again (tag b).
        OrSet n1 = OrSet.EMPTY.add("milk", stamp(1, N1));
        OrSet n2 = OrSet.EMPTY.merge(n1);
        n2 = n2.remove("milk");
        n1 = n1.add("milk", stamp(3, N1));
        assertEquals(List.of("milk"), n1.merge(n2).elements());
        assertEquals(List.of("milk"), n2.merge(n1).elements());
        assertEquals(Set.of(stamp(3, N1)), n1.merge(n2).tags().get("milk"), "only the unseen tag survives");
    }

    @Test
    void aRemoveAfterSeeingEveryAddRemovesTheElementEverywhere() {
        OrSet n1 = OrSet.EMPTY.add("x", stamp(1, N1));
        OrSet n2 = n1.remove("x");
        assertEquals(List.of(), n1.merge(n2).elements());
        assertEquals(List.of(), n2.merge(n1).elements());
    }

    @Test
    void removingWhatWasNeverObservedIsANoOp() {
        OrSet s = OrSet.EMPTY.add("a", stamp(1, N1));
        assertSame(s, s.remove("b"));
        OrSet remote = OrSet.EMPTY.add("b", stamp(1, N2));
        assertEquals(List.of("a", "b"), s.remove("b").merge(remote).elements());
    }

    @Test
    void tombstonesStopAnOldAddFromComingBack() {
        OrSet added = OrSet.EMPTY.add("x", stamp(1, N1));
        OrSet removed = added.remove("x");
        // The old state with the add arrives again, e.g. a delayed duplicate.
        assertFalse(removed.merge(added).contains("x"));
        assertFalse(added.merge(removed).merge(added).contains("x"));
    }

    @Test
    void mergeIsIdempotent() {
        OrSet s = OrSet.EMPTY.add("x", stamp(1, N1)).add("y", stamp(2, N1)).remove("x");
        assertEquals(s, s.merge(s));
        assertTrue(s.merge(OrSet.EMPTY).equals(s));
        assertEquals(s, OrSet.EMPTY.merge(s));
    }
}
