package distlab.protocol.quorum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lecture 7.2 on random manual-delivery schedules: with r + w > n and ABD's write-back every
 * history is linearizable; without write-back some schedule is not, and a search finds one.
 * ABD as published (Attiya, Bar-Noy, Dolev 1995) has one writer per register; with several
 * writers a put must first learn the newest timestamp (writequery=on; see
 * {@code distlab.check.SessionLinearizabilityTest} for a schedule that needs it).
 */
class QuorumLinearizabilityProperties {
    /** (r, w) pairs with r + w > 3. */
    private static final String[] OVERLAPPING = {"r=2 w=2", "r=1 w=3", "r=3 w=1", "r=2 w=3"};

    @Property(tries = 120)
    void withOverlappingQuorumsAndWriteBackEveryHistoryIsLinearizable(
            @ForAll long seed,
            @ForAll @IntRange(min = 10, max = 80) int steps,
            @ForAll @IntRange(min = 0, max = 3) int quorums,
            @ForAll boolean readRepair,
            @ForAll boolean drain) {
        RandomSchedule s = RandomSchedule.run(seed, steps, true,
                "config " + OVERLAPPING[quorums] + " writeback=on readrepair=" + (readRepair ? "on" : "off"));
        if (drain) s.drain();
        assertLinearizable(s);
    }

    @Property(tries = 80)
    void withSeveralWritersWriteQueryAndWriteBackEveryHistoryIsLinearizable(
            @ForAll long seed,
            @ForAll @IntRange(min = 10, max = 80) int steps,
            @ForAll @IntRange(min = 0, max = 3) int quorums,
            @ForAll boolean drain) {
        RandomSchedule s = RandomSchedule.run(seed, steps, false, "config " + OVERLAPPING[quorums] + " writeback=on writequery=on");
        if (drain) s.drain();
        assertLinearizable(s);
    }

    @Example
    void withoutWriteBackSomeScheduleIsNotLinearizable() {
        findNonLinearizable(true, "config r=2 w=2 writeback=off");
    }

    private static void assertLinearizable(RandomSchedule s) {
        assertEquals("true", s.value("cluster.linearizable"), () -> "not linearizable:\n" + s.script()
                + "\n" + s.exec("check linearizable"));
    }

    private static void findNonLinearizable(boolean singleWriter, String setup) {
        final int tries = 2000;
        for (long seed = 1; seed <= tries; seed++) {
            RandomSchedule s = RandomSchedule.run(seed, 60, singleWriter, setup);
            if (s.value("cluster.linearizable").equals("false")) {
                System.out.println("Found a non-linearizable schedule (seed " + seed + "):\n" + s.script()
                        + "\n" + s.exec("check linearizable"));
                return;
            }
        }
        throw new AssertionError("none of " + tries + " schedules was non-linearizable with " + setup
                + "; the last one tried was:\n" + RandomSchedule.run(tries, 60, singleWriter, setup).script());
    }
}
