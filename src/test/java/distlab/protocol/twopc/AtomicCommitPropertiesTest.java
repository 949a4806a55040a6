package distlab.protocol.twopc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lecture 7.1 on random schedules: any order of deliveries, losses, timeouts, and crashes and
 * restarts of the coordinator and the participants. Atomicity always holds. Two-phase commit may
 * block while its coordinator is down, but not once it is back; the fault-tolerant form does not
 * block once the network heals, even with the coordinator down for good.
 */
class AtomicCommitPropertiesTest {
    @Property(tries = 150)
    void twoPhaseCommitIsAtomicAndUnblocksOnceTheCoordinatorIsBack(@ForAll long seed, @ForAll @IntRange(min = 10, max = 120) int steps) {
        CommitSchedule s = new CommitSchedule(seed);
        s.play(steps);
        assertEquals("true", s.value("cluster.atomic"), s::script);
        s.settle();
        assertEquals("true", s.value("cluster.atomic"), s::script);
        assertEquals("[]", s.value("cluster.blocked"), s::script);
    }

    @Property(tries = 100)
    void faultTolerantCommitIsAtomicAndNeverBlocksOnceTheNetworkHealsEvenWithoutTheCoordinator(
            @ForAll long seed, @ForAll @IntRange(min = 10, max = 120) int steps) {
        CommitSchedule s = new CommitSchedule(seed, "ft=on");
        s.play(steps);
        assertEquals("true", s.value("cluster.atomic"), s::script);
        s.settle("n1");
        assertEquals("true", s.value("cluster.atomic"), s::script);
        assertEquals("[]", s.value("cluster.blocked"), s::script);
    }

    /** The liveness property tells the two apart: without ft, some schedule blocks while the coordinator stays down. */
    @Example
    void withoutFtSomeScheduleStaysBlockedWhileTheCoordinatorIsDown() {
        for (long seed = 1; seed <= 200; seed++) {
            CommitSchedule s = new CommitSchedule(seed);
            s.play(40);
            s.settle("n1");
            if (!s.value("cluster.blocked").equals("[]")) return;
        }
        throw new AssertionError("no schedule of 200 blocked with the coordinator down");
    }

    /** The safety property can fail: with bug=nolog random schedules find a transaction committed at one participant and aborted at another. */
    @Example
    void withTheDecisionUnloggedSomeScheduleBreaksAtomicity() {
        assertSomeScheduleBreaksAtomicity("nolog");
    }

    /** ... and with bug=forget, a restarted participant aborting what it had promised to commit. */
    @Example
    void withPreparedRecordsForgottenSomeScheduleBreaksAtomicity() {
        assertSomeScheduleBreaksAtomicity("forget");
    }

    private static void assertSomeScheduleBreaksAtomicity(String bug) {
        for (long seed = 1; seed <= 300; seed++) {
            CommitSchedule s = new CommitSchedule(seed, "bug=" + bug);
            s.play(150);
            if (s.value("cluster.atomic").equals("false")) return;
        }
        throw new AssertionError("no schedule of 300 broke atomicity with bug=" + bug);
    }
}
