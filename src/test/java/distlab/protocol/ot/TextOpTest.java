package distlab.protocol.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The transformation rules OT relies on (lecture 8.1): for two edits of the same text, each
 * transformed against the other, applying them in either order gives one text (TP1, Ressel
 * et al. 1996), for every pair: insert/insert, insert/delete and delete/delete, overlapping or not.
 */
class TextOpTest {
    private static final int A = 1;
    private static final int B = 2;

    @Test
    void theLecturesExampleConvergesOnPlant() {
        TextOp l = TextOp.insert(3, 1, "l", A);
        TextOp t = TextOp.insert(3, 3, "t", B);
        TextOp[] both = TextOp.transform(l, t);
        assertEquals("ins 1 \"l\"", both[0].describe());
        assertEquals("ins 4 \"t\"", both[1].describe());
        assertEquals("plant", both[1].apply(l.apply("pan")));
        assertEquals("plant", both[0].apply(t.apply("pan")));
        // Untransformed, the index of the t means "before the n" once the l is in: the lecture's platn.
        assertEquals("platn", t.applyLoosely(l.apply("pan")));
    }

    @Test
    void insertsAtTheSamePlaceAreOrderedByNodeOrderOnBothSides() {
        TextOp x = TextOp.insert(2, 1, "x", A);
        TextOp y = TextOp.insert(2, 1, "y", B);
        TextOp[] both = TextOp.transform(x, y);
        assertEquals("axyb", both[1].apply(x.apply("ab")));
        assertEquals("axyb", both[0].apply(y.apply("ab")));
        TextOp[] swapped = TextOp.transform(y, x);
        assertEquals(both[0], swapped[1]);
        assertEquals(both[1], swapped[0]);
    }

    @Test
    void anInsertInsideADeletedRangeSurvivesAndTheDeleteSplitsAroundIt() {
        TextOp delete = TextOp.delete(6, 1, 4, A);
        TextOp insert = TextOp.insert(6, 3, "X", B);
        TextOp[] both = TextOp.transform(delete, insert);
        assertEquals("del 1 2, del 2 2", both[0].describe());
        assertEquals("aXf", both[0].apply(insert.apply("abcdef")));
        assertEquals("aXf", both[1].apply(delete.apply("abcdef")));
    }

    @Test
    void overlappingDeletesDeleteTheOverlapOnce() {
        TextOp first = TextOp.delete(6, 1, 3, A);
        TextOp second = TextOp.delete(6, 2, 3, B);
        TextOp[] both = TextOp.transform(first, second);
        assertEquals("del 1 1", both[0].describe());
        assertEquals("del 1 1", both[1].describe());
        assertEquals("af", both[1].apply(first.apply("abcdef")));
        TextOp same = TextOp.delete(6, 2, 1, B);
        assertEquals("keep", TextOp.transform(TextOp.delete(6, 2, 1, A), same)[0].describe());
    }

    @Test
    void editsOfDifferentTextsOrOfOneNodeAreNotTransformed() {
        assertThrows(IllegalArgumentException.class, () -> TextOp.transform(TextOp.insert(2, 0, "a", A), TextOp.insert(3, 0, "b", B)));
        assertThrows(IllegalArgumentException.class, () -> TextOp.transform(TextOp.insert(2, 0, "a", A), TextOp.insert(2, 0, "b", A)));
        assertThrows(IllegalStateException.class, () -> TextOp.insert(2, 0, "a", A).apply("abc"));
    }

    @Property(tries = 2000)
    void tp1HoldsForEveryPairOfEdits(@ForAll("pairs") Pair pair) {
        TextOp[] both = TextOp.transform(pair.a, pair.b);
        String viaA = both[1].apply(pair.a.apply(pair.text));
        String viaB = both[0].apply(pair.b.apply(pair.text));
        assertEquals(viaA, viaB, () -> pair.text + ": " + pair.a + " | " + pair.b);
    }

    @Property(tries = 500)
    void everyCharacterNeitherEditDeletedSurvivesInOrder(@ForAll("pairs") Pair pair) {
        TextOp[] both = TextOp.transform(pair.a, pair.b);
        String result = both[1].apply(pair.a.apply(pair.text));
        // The text's letters are distinct and upper case; inserted ones are lower case.
        String kept = result.replaceAll("[a-z]", "");
        String alone = pair.a.apply(pair.text).replaceAll("[a-z]", "");
        String other = pair.b.apply(pair.text).replaceAll("[a-z]", "");
        for (char c : pair.text.toCharArray()) {
            boolean survives = alone.indexOf(c) >= 0 && other.indexOf(c) >= 0;
            assertEquals(survives, kept.indexOf(c) >= 0, () -> c + " in " + result);
        }
    }

    record Pair(String text, TextOp a, TextOp b) {}

    @Provide
    Arbitrary<Pair> pairs() {
        return Arbitraries.integers().between(0, 12).flatMap(length -> {
            String text = "ABCDEFGHIJKLM".substring(0, length);
            return Combinators.combine(edit(length, A), edit(length, B)).as((a, b) -> new Pair(text, a, b));
        });
    }

    private static Arbitrary<TextOp> edit(int length, int author) {
        Arbitrary<TextOp> insert = Combinators.combine(Arbitraries.integers().between(0, length),
                Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3))
                .as((pos, s) -> TextOp.insert(length, pos, s, author));
        if (length == 0) return insert;
        Arbitrary<TextOp> delete = Arbitraries.integers().between(0, length - 1).flatMap(pos ->
                Arbitraries.integers().between(1, length - pos).map(n -> TextOp.delete(length, pos, n, author)));
        return Arbitraries.oneOf(insert, delete);
    }
}
