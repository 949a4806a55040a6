package distlab.protocol.crdt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.protocol.crdt.History.Kind;
import distlab.protocol.crdt.History.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws that make state-based CRDTs converge (Shapiro et al. 2011; lecture 7.3): merge is
 * commutative, associative and idempotent, for every type, on states reached by random runs;
 * and replicas that receive the same states in any order, any number of times, converge.
 */
class CrdtLawsTest {
    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, History.REPLICAS - 1),
                Arbitraries.integers().between(0, History.REPLICAS - 1),
                Arbitraries.integers().between(0, 99)).as(Step::new);
        return step.list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void mergeIsCommutative(@ForAll Kind kind, @ForAll("steps") List<Step> steps) {
        History h = new History(kind, steps);
        for (CrdtState<?> a : h.states) {
            for (CrdtState<?> b : h.states) assertEquals(History.merge(a, b), History.merge(b, a));
        }
    }

    @Property(tries = 300)
    void mergeIsAssociative(@ForAll Kind kind, @ForAll("steps") List<Step> steps) {
        History h = new History(kind, steps);
        CrdtState<?> a = h.states[0], b = h.states[1], c = h.states[2];
        assertEquals(History.merge(History.merge(a, b), c), History.merge(a, History.merge(b, c)));
        assertEquals(History.merge(History.merge(c, a), b), History.merge(c, History.merge(a, b)));
    }

    @Property(tries = 300)
    void mergeIsIdempotent(@ForAll Kind kind, @ForAll("steps") List<Step> steps) {
        History h = new History(kind, steps);
        for (CrdtState<?> s : h.seen) assertEquals(s, History.merge(s, s));
        CrdtState<?> ab = History.merge(h.states[0], h.states[1]);
        assertEquals(ab, History.merge(ab, h.states[0]), "merging a state already included changes nothing");
    }

    @Property(tries = 300)
    void replicasReceivingTheSameStatesInAnyOrderAndAnyDuplicationConverge(
            @ForAll Kind kind, @ForAll("steps") List<Step> steps, @ForAll long shuffle) {
        History h = new History(kind, steps);
        Random random = new Random(shuffle);
        CrdtState<?> x = receiveAll(kind, deliveries(h.seen, random));
        CrdtState<?> y = receiveAll(kind, deliveries(h.seen, random));
        CrdtState<?> inOrder = receiveAll(kind, h.seen);
        assertEquals(inOrder, x);
        assertEquals(inOrder, y);
    }

    @Property(tries = 200)
    void afterFullGossipCountersCountEveryUpdateExactlyOnce(@ForAll("steps") List<Step> steps, @ForAll boolean pn) {
        History h = new History(pn ? Kind.PNCOUNTER : Kind.GCOUNTER, steps);
        CrdtState<?> all = receiveAll(h.kind, List.of(h.states));
        long value = all instanceof GCounter g ? g.value() : ((PnCounter) all).value();
        assertEquals(h.increments - h.decrements, value);
    }

    /** Every state at least once, some several times, in a random order. */
    private static List<CrdtState<?>> deliveries(List<CrdtState<?>> states, Random random) {
        List<CrdtState<?>> out = new ArrayList<>(states);
        for (CrdtState<?> s : states) {
            if (random.nextInt(3) == 0) out.add(s);
        }
        Collections.shuffle(out, random);
        return out;
    }

    private static CrdtState<?> receiveAll(Kind kind, List<CrdtState<?>> states) {
        CrdtState<?> replica = kind.empty();
        for (CrdtState<?> s : states) replica = History.merge(replica, s);
        return replica;
    }
}
