package distlab.protocol.raft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.protocol.raft.RaftServer.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each of Raft's safety properties, broken on purpose in hand-made states, must be caught. */
class SafetyCheckerTest {
    /** A server as the checker sees it, set by hand. */
    static final class Fake implements CheckedServer {
        final String name;
        final RaftLog log = new RaftLog();
        int term;
        boolean up = true;
        Role role = Role.FOLLOWER;
        int commit;
        Object incarnation = new Object();

        Fake(String name) { this.name = name; }

        Fake entries(String... termsAndCommands) {
            for (String e : termsAndCommands) {
                int colon = e.indexOf(':');
                log.append(TestCluster.entry(Integer.parseInt(e.substring(0, colon)), e.substring(colon + 1)));
            }
            return this;
        }

        @Override public String name() { return name; }
        @Override public int currentTerm() { return term; }
        @Override public RaftLog log() { return log; }
        @Override public boolean up() { return up; }
        @Override public Role role() { return role; }
        @Override public int commitLength() { return commit; }
        @Override public Object incarnation() { return incarnation; }
    }

    private final SafetyChecker checker = new SafetyChecker();
    private final List<Fake> servers = new ArrayList<>(List.of(new Fake("n1"), new Fake("n2"), new Fake("n3")));
    private int step;

    private Violation check() {
        step++;
        checker.check(servers, () -> "e" + step);
        return checker.violation();
    }

    private Fake n(int i) { return servers.get(i - 1); }

    @Test
    void aHealthyHistoryIsSafe() {
        n(1).term = 1;
        n(1).role = Role.LEADER;
        n(1).entries("1:put x 1");
        assertNull(check());
        n(2).entries("1:put x 1");
        n(1).commit = 1;
        assertNull(check());
        n(2).commit = 1;
        n(2).term = 2;
        n(2).role = Role.LEADER;
        n(1).role = Role.FOLLOWER;
        assertNull(check());
        assertEquals(1, checker.committedLength());
    }

    @Test
    void twoLeadersOfOneTermBreakElectionSafety() {
        n(1).term = 3;
        n(1).role = Role.LEADER;
        assertNull(check());
        n(1).role = Role.FOLLOWER;
        n(2).term = 3;
        n(2).role = Role.LEADER;
        Violation v = check();
        assertEquals("election safety", v.invariant());
        assertEquals("e2", v.where());
        assertTrue(v.explanation().contains("n1 and n2 were both leaders of term 3"), v.toString());
    }

    @Test
    void twoLeadersOfDifferentTermsAreFine() {
        n(1).term = 1;
        n(1).role = Role.LEADER;
        n(2).term = 2;
        n(2).role = Role.LEADER;
        assertNull(check());
    }

    @Test
    void differentEntriesAtTheSameIndexAndTermBreakLogMatching() {
        n(1).entries("1:put x 1");
        n(2).entries("1:put x 2");
        Violation v = check();
        assertEquals("log matching", v.invariant());
        assertTrue(v.explanation().contains("index 1"), v.toString());
    }

    @Test
    void equalEntriesAfterDifferentPrefixesBreakLogMatching() {
        n(1).entries("1:put a 1", "2:put x 1");
        assertNull(check());
        n(3).entries("2:put b 1", "2:put x 1");
        Violation v = check();
        assertEquals("log matching", v.invariant());
        assertTrue(v.explanation().contains("different entries before it"), v.toString());
    }

    @Test
    void nodesCommittingDifferentEntriesBreakStateMachineSafety() {
        n(1).entries("1:put x 1");
        n(1).commit = 1;
        n(2).entries("2:put x 2");
        assertNull(check());
        n(2).commit = 1;
        Violation v = check();
        assertEquals("state machine safety", v.invariant());
        assertTrue(v.explanation().contains("n2 applied 2:put x 2 at index 1 where another node applied 1:put x 1"), v.toString());
    }

    @Test
    void losingACommittedEntryBreaksStateMachineSafety() {
        n(1).entries("1:put x 1", "1:put x 2");
        n(1).commit = 2;
        assertNull(check());
        n(1).log.truncate(1);
        Violation v = check();
        assertEquals("state machine safety", v.invariant());
    }

    @Test
    void aLeaderWithoutAnEarlierCommittedEntryBreaksLeaderCompleteness() {
        n(1).term = 1;
        n(1).role = Role.LEADER;
        n(1).entries("1:put x 1");
        n(3).entries("1:put x 1");
        assertNull(check());
        n(1).role = Role.FOLLOWER;
        n(2).term = 2;
        n(2).role = Role.LEADER;
        Violation v = check();
        assertEquals("leader completeness", v.invariant());
        assertTrue(v.explanation().contains("n2 leads term 2 without entry 1 (1:put x 1), committed in term 1"), v.toString());
    }

    @Test
    void anEntryStoredOnAMajorityIsCommittedBeforeAnyNodeAppliesIt() {
        // The paper's definition (§5.3): committed once its term's leader has it on a majority.
        n(1).term = 1;
        n(1).role = Role.LEADER;
        n(1).entries("1:put x 1");
        assertNull(check());
        assertEquals(0, checker.committedLength(), "on one node of three: not committed");
        n(2).entries("1:put x 1");
        assertNull(check());
        assertEquals(1, checker.committedLength(), "on two of three: committed, though nobody applied it");
        assertEquals(0, checker.appliedLength());
    }

    @Test
    void anOldTermEntryOnAMajorityIsNotCommittedByALaterLeader() {
        // Figure 8: a leader of term 4 copying a term-2 entry to a majority does not commit it.
        n(1).term = 4;
        n(1).role = Role.LEADER;
        n(1).entries("2:put x 1");
        n(2).entries("2:put x 1");
        assertNull(check());
        assertEquals(0, checker.committedLength());
        n(1).entries("4:put y 1");
        n(2).entries("4:put y 1");
        assertNull(check());
        assertEquals(2, checker.committedLength(), "a term-4 entry on a majority commits everything before it too");
    }

    @Test
    void anEntryCommittedLaterByAnOlderLeaderMustAlsoBeInTheNewerLeader() {
        n(2).term = 3;
        n(2).role = Role.LEADER;
        assertNull(check());
        n(1).term = 2;
        n(1).role = Role.LEADER;
        n(1).entries("2:put x 1");
        n(3).entries("2:put x 1");
        Violation v = check();
        assertEquals("leader completeness", v.invariant());
    }

    @Test
    void aLeaderThatOverwritesItsOwnEntryBreaksLeaderAppendOnly() {
        n(1).term = 2;
        n(1).role = Role.LEADER;
        n(1).entries("2:put x 1", "2:put x 2");
        assertNull(check());
        n(1).log.truncate(1);
        Violation v = check();
        assertEquals("leader append-only", v.invariant());
        assertTrue(v.explanation().contains("n1, leader of term 2, changed its entry 2"), v.toString());
    }

    @Test
    void aNodeReplacingAnEntryItAppliedBreaksStateMachineSafetyNotLogMatching() {
        n(1).entries("1:put x 1");
        n(1).commit = 1;
        assertNull(check());
        n(1).log.truncate(0);
        n(1).entries("2:put x 9");
        Violation v = check();
        assertEquals("state machine safety", v.invariant());
        assertTrue(v.explanation().contains("n1 replaced its applied entry 1 (1:put x 1) by 2:put x 9"), v.toString());
    }

    @Test
    void aRestartedNodeIsCheckedAgainFromIndexOne() {
        n(1).entries("1:put x 1");
        n(1).commit = 1;
        n(2).entries("1:put x 1");
        assertNull(check());
        n(1).incarnation = new Object();
        n(1).commit = 0;
        assertNull(check());
        n(1).commit = 1;
        assertNull(check());
    }

    @Test
    void theFirstViolationStays() {
        n(1).entries("1:put x 1");
        n(2).entries("1:put x 2");
        Violation first = check();
        n(1).term = 5;
        n(1).role = Role.LEADER;
        n(2).term = 5;
        n(2).role = Role.LEADER;
        assertEquals(first, check());
    }
}
