package distlab.protocol.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.protocol.text.EditSchedule;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lecture 8.1's OT with a central server (Jupiter) on random schedules of concurrent edits:
 * messages delayed and reordered, duplicated, and lost to a partition healed at the end. Once
 * the server has resent what was lost, every copy holds the same text, and no client ever held
 * a text other than the server's after both had processed the same edits.
 */
class OtConvergencePropertiesTest {
    @Property(tries = 1000)
    void withTransformationEveryCopyConverges(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 5) int nodes,
            @ForAll @IntRange(min = 1, max = 25) int edits,
            @ForAll boolean duplicates,
            @ForAll boolean partition) {
        EditSchedule s = EditSchedule.run("ot", seed, nodes, edits, new EditSchedule.Faults(duplicates, partition));
        s.exec("run 30s until cluster.converged");
        s.exec("run 2s");
        assertEquals("true", s.value("cluster.converged"), () -> "diverged\n" + s.script());
        assertEquals("true", s.value("cluster.consistent"), () -> "inconsistent\n" + s.script());
        for (int n = 1; n <= nodes; n++) {
            int node = n;
            assertEquals("[]", s.value("n" + n + ".pending"), () -> "n" + node + " still has pending edits\n" + s.script());
        }
    }
}
