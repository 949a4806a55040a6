package distlab.protocol.textcrdt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.protocol.text.EditSchedule;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lecture 8.1's text CRDT on random schedules of concurrent edits: messages delayed,
 * reordered and duplicated, and lost to a partition healed at the end. Causal broadcast keeps
 * every delete after its insert; once a round of gossip has resent what the partition lost,
 * every replica holds the same text, and at every point replicas that had delivered the same
 * edits held the same text.
 */
class TextCrdtConvergencePropertiesTest {
    @Property(tries = 1000)
    void everyReplicaConvergesAfterTheEditsHaveSpread(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 5) int nodes,
            @ForAll @IntRange(min = 1, max = 25) int edits,
            @ForAll boolean duplicates,
            @ForAll boolean partition) {
        EditSchedule s = EditSchedule.run("textcrdt", seed, nodes, edits, new EditSchedule.Faults(duplicates, partition));
        s.exec("run 1s");
        s.exec("gossip");
        s.exec("run 1s");
        assertEquals("true", s.value("cluster.converged"), () -> "diverged\n" + s.script());
        assertEquals("true", s.value("cluster.consistent"), () -> "inconsistent\n" + s.script());
        assertEquals("true", s.value("cluster.causal"), () -> "out of causal order\n" + s.script());
        assertEquals("[]", s.value("n1.holdback"), () -> "n1 still holds edits back\n" + s.script());
    }
}
