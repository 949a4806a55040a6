package distlab.protocol.textcrdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Lecture 8.1: a new character's position lies strictly between its neighbours', whatever they are. */
class AllocatorTest {
    @Test
    void typingStepsTheLastDigitAndAGapGoesOneLevelDown() {
        TextCrdt doc = new TextCrdt(0);
        for (char c : "pan".toCharArray()) doc.insert(doc.length(), c);
        assertEquals(List.of("1@n1", "2@n1", "3@n1"), shown(doc));
        TextCrdt b = new TextCrdt(1);
        for (Position p : doc.positions()) b.apply(new CharOp.Insert(p, 'x'));
        b.insert(1, 'l');
        assertEquals("1:n1.1@n2", b.positionAt(1).show(nodes(2)));
        // Between (1,n1) and (2,n1) there is no free digit at the top level: the l goes under the p.
    }

    @Test
    void concurrentTypingAtTheSamePlaceInterleavesCharacterByCharacter() {
        TextCrdt alice = new TextCrdt(0);
        TextCrdt bob = new TextCrdt(1);
        for (char c : "Alice".toCharArray()) alice.insert(alice.length(), c);
        for (char c : "Bob".toCharArray()) bob.insert(bob.length(), c);
        for (Position p : new ArrayList<>(bob.positions())) alice.apply(new CharOp.Insert(p, bob.codePointAt(bob.indexOf(p))));
        // Both typed digits 1, 2, 3, ... at the top level; equal digits are ordered by node.
        assertEquals("ABloibce", alice.text());
    }

    @Property(tries = 3000)
    void aNewPositionIsStrictlyBetweenItsNeighbours(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int me) {
        Random random = new Random(seed);
        long[] left = randomPath(random);
        long[] right = random.nextInt(4) == 0 ? null : randomPath(random);
        if (right != null && Position.compare(left, 0, right, 0) >= 0) {
            long[] t = left;
            left = right;
            right = t;
        }
        if (right != null && Position.compare(left, 0, right, 0) >= 0) return;
        if (random.nextInt(5) == 0) left = new long[0];
        long[] mid = Allocator.between(left, right, me);
        assertTrue(left.length == 0 || Position.compare(left, Integer.MAX_VALUE, mid, 0) < 0);
        if (right != null) assertTrue(Position.compare(mid, Integer.MAX_VALUE, right, 0) < 0);
        assertTrue(Position.digit(mid[mid.length - 1]) >= 1, "a path never ends in digit 0");
    }

    /** Paths that end in a digit of at least 1, with digits and nodes drawn small so that neighbours collide. */
    private static long[] randomPath(Random random) {
        long[] p = new long[1 + random.nextInt(4)];
        for (int i = 0; i < p.length; i++) p[i] = Position.pair(random.nextInt(4), random.nextInt(3));
        p[p.length - 1] = Position.pair(1 + random.nextInt(3), random.nextInt(3));
        return p;
    }

    private static List<String> shown(TextCrdt doc) {
        return doc.positions().stream().map(p -> p.show(nodes(3))).toList();
    }

    private static List<distlab.sim.node.NodeId> nodes(int n) {
        List<distlab.sim.node.NodeId> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new distlab.sim.node.NodeId(i, "n" + (i + 1)));
        return out;
    }
}
