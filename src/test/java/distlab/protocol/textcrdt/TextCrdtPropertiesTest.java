package distlab.protocol.textcrdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The text CRDT's data structure against a plain model: a sorted map from position to
 * character. Replicas type in bursts, delete, and deliver each other's operations in random
 * causal orders; every replica's characters stay sorted by position, each new position falls
 * strictly between its neighbours, and once everything is delivered every replica holds the
 * model's text. With tiny nodes, leaves and inner nodes split and merge all the time.
 */
class TextCrdtPropertiesTest {
    /** An operation with its origin and what that replica had delivered when it made it. */
    record Sent(int origin, int seq, int[] deps, CharOp op) {}

    @Property(tries = 300)
    void replicasConvergeOnTheModelsTextInAnyCausalOrder(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 4) int replicas,
            @ForAll @IntRange(min = 1, max = 900) int steps,
            @ForAll boolean tinyNodes) {
        Random random = new Random(seed);
        // Tiny leaves and inner nodes split and merge at every turn, several levels deep.
        RunTree.Shape shape = tinyNodes ? new RunTree.Shape(2 + random.nextInt(3), 2 + random.nextInt(7), 3 + random.nextInt(2)) : RunTree.Shape.DEFAULT;
        TextCrdt[] docs = new TextCrdt[replicas];
        int[][] got = new int[replicas][replicas];
        List<List<Sent>> bySender = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            docs[i] = new TextCrdt(i, shape);
            bySender.add(new ArrayList<>());
        }
        TreeMap<Position, Integer> model = new TreeMap<>();
        for (int step = 0; step < steps; step++) {
            int r = random.nextInt(replicas);
            if (random.nextInt(10) < 6) {
                edit(random, docs[r], r, got[r], bySender, model);
                assertSorted(docs[r]);
            } else {
                deliverOne(random, docs, got, bySender, r);
            }
        }
        for (int r = 0; r < replicas; r++) while (deliverOne(random, docs, got, bySender, r)) { }
        StringBuilder expected = new StringBuilder();
        for (int cp : model.values()) expected.appendCodePoint(cp);
        for (TextCrdt doc : docs) {
            assertEquals(expected.toString(), doc.text());
            assertEquals(new ArrayList<>(model.keySet()), doc.positions());
        }
    }

    /** A burst of typing at one place, or a few deletes. */
    private static void edit(Random random, TextCrdt doc, int r, int[] got, List<List<Sent>> bySender, Map<Position, Integer> model) {
        int length = doc.length();
        if (length > 0 && random.nextInt(4) == 0) {
            int at = random.nextInt(length);
            for (int k = 1 + random.nextInt(3); k > 0 && at < doc.length(); k--) {
                CharOp.Delete d = doc.delete(at);
                assertFalse(doc.positions().contains(d.position()));
                model.remove(d.position());
                send(r, got, bySender, d);
            }
            return;
        }
        int at = random.nextInt(length + 1);
        for (int k = 1 + random.nextInt(random.nextInt(5) == 0 ? 60 : 4); k > 0; k--, at++) {
            CharOp.Insert ins = doc.insert(at, 'a' + random.nextInt(26));
            assertEquals(ins.position(), doc.positionAt(at));
            if (at > 0) assertTrue(doc.positionAt(at - 1).compareTo(ins.position()) < 0);
            if (at + 1 < doc.length()) assertTrue(ins.position().compareTo(doc.positionAt(at + 1)) < 0);
            model.put(ins.position(), ins.codePoint());
            send(r, got, bySender, ins);
        }
    }

    private static void send(int r, int[] got, List<List<Sent>> bySender, CharOp op) {
        int[] deps = got.clone();
        deps[r] = bySender.get(r).size();
        bySender.get(r).add(new Sent(r, deps[r], deps, op));
        got[r]++;
    }

    /** Delivers to replica r one operation of another replica that causal order allows, picked at random. */
    private static boolean deliverOne(Random random, TextCrdt[] docs, int[][] got, List<List<Sent>> bySender, int r) {
        List<Sent> ready = new ArrayList<>();
        for (int s = 0; s < docs.length; s++) {
            if (s == r || got[r][s] >= bySender.get(s).size()) continue;
            Sent next = bySender.get(s).get(got[r][s]);
            boolean causal = true;
            for (int i = 0; i < docs.length; i++) if (next.deps()[i] > got[r][i]) causal = false;
            if (causal) ready.add(next);
        }
        if (ready.isEmpty()) return false;
        Sent chosen = ready.get(random.nextInt(ready.size()));
        // A delete changes nothing only when a concurrent delete of the same character came first.
        boolean twice = chosen.op() instanceof CharOp.Delete && docs[r].indexOf(chosen.op().position()) < 0
                && deletedBefore(bySender, got[r], chosen);
        assertEquals(!twice, docs[r].apply(chosen.op()), () -> "replica " + r + " applying " + chosen.op());
        got[r][chosen.origin()]++;
        assertSorted(docs[r]);
        return true;
    }

    /** Whether a delete of the same position is among the operations delivered (or made) at a replica with these counts. */
    private static boolean deletedBefore(List<List<Sent>> bySender, int[] got, Sent delete) {
        for (int s = 0; s < got.length; s++) {
            for (Sent earlier : bySender.get(s).subList(0, got[s])) {
                if (earlier != delete && earlier.op() instanceof CharOp.Delete && earlier.op().position().equals(delete.op().position())) return true;
            }
        }
        return false;
    }

    private static void assertSorted(TextCrdt doc) {
        List<Position> all = doc.positions();
        for (int i = 1; i < all.size(); i++) {
            int index = i;
            assertTrue(all.get(i - 1).compareTo(all.get(i)) < 0, () -> "positions out of order at " + index);
        }
        for (int i = 0; i < all.size(); i += 1 + all.size() / 8) assertEquals(i, doc.indexOf(all.get(i)));
    }
}
