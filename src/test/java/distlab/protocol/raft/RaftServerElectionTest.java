package distlab.protocol.raft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.protocol.raft.RaftMessage.LogRequest;
import distlab.protocol.raft.RaftMessage.LogResponse;
import distlab.protocol.raft.RaftMessage.VoteRequest;
import distlab.protocol.raft.RaftMessage.VoteResponse;
import distlab.protocol.raft.RaftServer.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per election rule of lecture 6.2 (and the Raft paper's term rule). */
class RaftServerElectionTest {
    private final TestCluster c = new TestCluster();

    @Test
    void electionTimeoutMakesACandidateThatVotesForItselfAndAsksEveryOtherNode() {
        RaftServer n1 = c.start(0);
        c.storage(0).log().append(TestCluster.entry(1, "put x 1"));
        c.ctx(0).fire(n1, RaftTimer.ELECTION);
        assertEquals(Role.CANDIDATE, n1.role());
        assertEquals(1, c.storage(0).currentTerm());
        assertEquals(c.id(0), c.storage(0).votedFor());
        List<FakeContext.Sent> sent = c.ctx(0).take();
        assertEquals(List.of(c.id(1), c.id(2)), sent.stream().map(FakeContext.Sent::to).toList());
        assertEquals(new VoteRequest(1, c.id(0), 1, 1), sent.get(0).payload());
        assertTrue(c.ctx(0).hasTimer(RaftTimer.ELECTION), "a candidate restarts its election timer");
    }

    @Test
    void aVoteIsGrantedWhenTermAndLogChecksPass() {
        RaftServer n2 = c.start(1);
        n2.onMessage(c.ctx(1), c.id(0), new VoteRequest(1, c.id(0), 0, 0));
        assertEquals(List.of(new VoteResponse(1, c.id(1), true)), c.ctx(1).taken(VoteResponse.class));
        assertEquals(c.id(0), c.storage(1).votedFor());
        assertEquals(1, c.storage(1).currentTerm());
    }

    @Test
    void onlyOneVotePerTermButTheSameCandidateMayAskAgain() {
        RaftServer n2 = c.start(1);
        n2.onMessage(c.ctx(1), c.id(0), new VoteRequest(1, c.id(0), 0, 0));
        n2.onMessage(c.ctx(1), c.id(2), new VoteRequest(1, c.id(2), 0, 0));
        n2.onMessage(c.ctx(1), c.id(0), new VoteRequest(1, c.id(0), 0, 0));
        assertEquals(List.of(true, false, true), c.ctx(1).taken(VoteResponse.class).stream().map(VoteResponse::granted).toList());
    }

    @Test
    void aCandidateWithALowerLastTermIsRefusedWhateverItsLength() {
        // Lecture 6.2, check yourself 1: voter [1,1,2], candidate [1,1,1,1,1].
        c.storage(1).log().append(TestCluster.entry(1, "a"));
        c.storage(1).log().append(TestCluster.entry(1, "b"));
        c.storage(1).log().append(TestCluster.entry(2, "c"));
        c.storage(1).setCurrentTerm(2);
        RaftServer n2 = c.start(1);
        n2.onMessage(c.ctx(1), c.id(0), new VoteRequest(3, c.id(0), 5, 1));
        assertEquals(List.of(new VoteResponse(3, c.id(1), false)), c.ctx(1).taken(VoteResponse.class));
        assertEquals(3, c.storage(1).currentTerm(), "the higher term is adopted even when the vote is refused");
        assertNull(c.storage(1).votedFor());
    }

    @Test
    void withEqualLastTermsTheCandidateLogMustBeAtLeastAsLong() {
        c.storage(1).log().append(TestCluster.entry(1, "a"));
        c.storage(1).log().append(TestCluster.entry(1, "b"));
        RaftServer n2 = c.start(1);
        n2.onMessage(c.ctx(1), c.id(0), new VoteRequest(2, c.id(0), 1, 1));
        n2.onMessage(c.ctx(1), c.id(2), new VoteRequest(2, c.id(2), 2, 1));
        assertEquals(List.of(false, true), c.ctx(1).taken(VoteResponse.class).stream().map(VoteResponse::granted).toList());
    }

    @Test
    void aRequestFromAnOlderTermIsRefusedWithTheCurrentTerm() {
        c.storage(1).setCurrentTerm(5);
        RaftServer n2 = c.start(1);
        n2.onMessage(c.ctx(1), c.id(0), new VoteRequest(4, c.id(0), 9, 4));
        assertEquals(List.of(new VoteResponse(5, c.id(1), false)), c.ctx(1).taken(VoteResponse.class));
    }

    @Test
    void grantingAVoteRestartsTheElectionTimer() {
        RaftServer n2 = c.start(1);
        long before = n2.electionDeadline();
        c.ctx(1).now = 100_000;
        n2.onMessage(c.ctx(1), c.id(0), new VoteRequest(1, c.id(0), 0, 0));
        assertTrue(n2.electionDeadline() > before);
    }

    @Test
    void aMajorityOfVotesMakesALeaderThatStartsWithSentLengthAtItsLogLength() {
        c.storage(0).log().append(TestCluster.entry(1, "put x 1"));
        c.storage(0).setCurrentTerm(1);
        RaftServer n1 = c.start(0);
        c.ctx(0).fire(n1, RaftTimer.ELECTION);
        c.ctx(0).take();
        n1.onMessage(c.ctx(0), c.id(1), new VoteResponse(2, c.id(1), true));
        assertEquals(Role.LEADER, n1.role());
        assertEquals(1, n1.sentLength(c.id(1)));
        assertEquals(0, n1.ackedLength(c.id(1)));
        List<LogRequest> heartbeats = c.ctx(0).taken(LogRequest.class);
        assertEquals(2, heartbeats.size());
        assertEquals(new LogRequest(2, c.id(0), 1, 1, 0, List.of()), heartbeats.get(0));
        assertTrue(c.ctx(0).hasTimer(RaftTimer.HEARTBEAT));
        assertFalse(c.ctx(0).hasTimer(RaftTimer.ELECTION), "a leader has no election timer");
    }

    @Test
    void refusalsAndVotesOfAnotherTermDoNotCount() {
        RaftServer n1 = c.start(0);
        c.ctx(0).fire(n1, RaftTimer.ELECTION); // term 1
        c.ctx(0).fire(n1, RaftTimer.ELECTION); // term 2
        n1.onMessage(c.ctx(0), c.id(1), new VoteResponse(1, c.id(1), true));
        n1.onMessage(c.ctx(0), c.id(2), new VoteResponse(2, c.id(2), false));
        assertEquals(Role.CANDIDATE, n1.role());
        assertEquals(1, n1.votesReceived().size());
    }

    @Test
    void anyMessageWithAHigherTermDemotesALeader() {
        RaftServer n1 = c.leader(0, 1);
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(4, c.id(1), 0, false));
        assertEquals(Role.FOLLOWER, n1.role());
        assertEquals(4, c.storage(0).currentTerm());
        assertNull(c.storage(0).votedFor());
        assertFalse(c.ctx(0).hasTimer(RaftTimer.HEARTBEAT));
        assertTrue(c.ctx(0).hasTimer(RaftTimer.ELECTION), "a demoted leader watches for the new leader");
    }

    @Test
    void aCandidateBecomesFollowerOfALeaderOfItsOwnTerm() {
        RaftServer n1 = c.start(0);
        c.ctx(0).fire(n1, RaftTimer.ELECTION);
        n1.onMessage(c.ctx(0), c.id(1), new LogRequest(1, c.id(1), 0, 0, 0, List.of()));
        assertEquals(Role.FOLLOWER, n1.role());
        assertEquals(c.id(1), n1.currentLeader());
    }

    @Test
    void aSingleNodeClusterElectsItselfAtOnce() {
        TestCluster one = new TestCluster(1);
        RaftServer n1 = one.start(0);
        one.ctx(0).fire(n1, RaftTimer.ELECTION);
        assertEquals(Role.LEADER, n1.role());
    }
}
