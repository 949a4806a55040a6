package distlab.protocol.raft;

import distlab.protocol.client.KvRequest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.protocol.raft.ClientMessage.Redirect;
import distlab.protocol.raft.ClientMessage.Reply;
import distlab.protocol.raft.ClientMessage.Request;
import distlab.protocol.raft.RaftMessage.LogRequest;
import distlab.protocol.raft.RaftMessage.LogResponse;
import distlab.protocol.raft.RaftServer.Role;
import distlab.sim.node.NodeId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per replication, commit and client rule of lecture 6.2. */
class RaftServerReplicationTest {
    private final TestCluster c = new TestCluster();

    private void give(int node, int... terms) {
        for (int t : terms) c.storage(node).log().append(TestCluster.entry(t, "put k" + c.storage(node).log().length() + " " + t));
    }

    private LogResponse onlyResponse(int node) {
        List<LogResponse> r = c.ctx(node).taken(LogResponse.class);
        assertEquals(1, r.size());
        return r.get(0);
    }

    // ---- the follower's side ----

    @Test
    void logOkFailsWhenTheFollowerHasFewerThanPrefixLenEntries() {
        give(1, 1, 1);
        c.storage(1).setCurrentTerm(4);
        RaftServer n2 = c.start(1);
        n2.onMessage(c.ctx(1), c.id(0), new LogRequest(4, c.id(0), 4, 2, 0, List.of()));
        assertEquals(new LogResponse(4, c.id(1), 4, false), onlyResponse(1));
    }

    @Test
    void logOkFailsWhenTheEntryBeforeTheSuffixHasAnotherTerm() {
        give(1, 1, 1);
        c.storage(1).setCurrentTerm(4);
        RaftServer n2 = c.start(1);
        n2.onMessage(c.ctx(1), c.id(0), new LogRequest(4, c.id(0), 2, 2, 0, List.of(TestCluster.entry(2, "put a 1"))));
        assertEquals(new LogResponse(4, c.id(1), 2, false), onlyResponse(1));
        assertArrayEquals(new int[] {1, 1}, c.storage(1).log().terms(), "a failed request changes nothing");
    }

    @Test
    void aConflictingEntryAndAllAfterItAreReplacedBySuffix() {
        // Lecture 6.2, check yourself 2: leader [1,1,2,3], follower [1,1,2,2,2].
        give(1, 1, 1, 2, 2, 2);
        c.storage(1).setCurrentTerm(3);
        RaftServer n2 = c.start(1);
        LogEntry three = TestCluster.entry(3, "put x 3");
        n2.onMessage(c.ctx(1), c.id(0), new LogRequest(3, c.id(0), 3, 2, 0, List.of(three)));
        assertArrayEquals(new int[] {1, 1, 2, 3}, c.storage(1).log().terms());
        assertEquals(three, c.storage(1).log().get(3));
        assertEquals(new LogResponse(3, c.id(1), 4, true), onlyResponse(1));
    }

    @Test
    void aStaleShorterRequestTruncatesNothing() {
        give(1, 1, 1, 1);
        c.storage(1).setCurrentTerm(1);
        RaftServer n2 = c.start(1);
        LogEntry first = c.storage(1).log().get(0);
        n2.onMessage(c.ctx(1), c.id(0), new LogRequest(1, c.id(0), 0, 0, 0, List.of(first)));
        assertEquals(3, c.storage(1).log().length());
        assertEquals(new LogResponse(1, c.id(1), 1, true), onlyResponse(1));
    }

    @Test
    void leaderCommitAppliesNewlyCommittedEntriesInOrder() {
        c.storage(1).setCurrentTerm(1);
        RaftServer n2 = c.start(1);
        List<LogEntry> suffix = List.of(TestCluster.entry(1, "put x 1"), TestCluster.entry(1, "put x 2"), TestCluster.entry(1, "put y 9"));
        n2.onMessage(c.ctx(1), c.id(0), new LogRequest(1, c.id(0), 0, 0, 2, suffix));
        assertEquals(2, n2.commitLength());
        assertEquals("2", n2.stateMachine().get("x"));
        assertEquals(null, n2.stateMachine().get("y"), "entry 3 is not committed yet");
    }

    @Test
    void leaderCommitIsCappedAtTheEntriesTheRequestVouchedFor() {
        give(1, 1, 1, 1);
        c.storage(1).setCurrentTerm(2);
        RaftServer n2 = c.start(1);
        n2.onMessage(c.ctx(1), c.id(0), new LogRequest(2, c.id(0), 1, 1, 3, List.of()));
        assertEquals(1, n2.commitLength());
    }

    @Test
    void aRequestFromAnOlderTermIsRefusedAndChangesNothing() {
        c.storage(1).setCurrentTerm(2);
        RaftServer n2 = c.start(1);
        n2.onMessage(c.ctx(1), c.id(0), new LogRequest(1, c.id(0), 0, 0, 0, List.of(TestCluster.entry(1, "put x 1"))));
        assertEquals(new LogResponse(2, c.id(1), 0, false), onlyResponse(1));
        assertEquals(0, c.storage(1).log().length());
        assertEquals(null, n2.currentLeader());
    }

    @Test
    void aRequestOfTheCurrentTermRestartsTheElectionTimer() {
        c.storage(1).setCurrentTerm(1);
        RaftServer n2 = c.start(1);
        c.ctx(1).now = 120_000;
        n2.onMessage(c.ctx(1), c.id(0), new LogRequest(1, c.id(0), 0, 0, 0, List.of()));
        assertTrue(n2.electionDeadline() >= 120_000 + c.config.electionMinMicros());
        assertEquals(1, c.ctx(1).timers.size());
    }

    // ---- the leader's side ----

    @Test
    void aMajorityAckCommitsAndTheLeaderAnswersTheClient() {
        RaftServer n1 = c.leader(0, 1);
        n1.onMessage(c.ctx(0), c.client, new Request(1, c.clientCommand(1, "put x 7")));
        assertEquals(2, c.ctx(0).taken(LogRequest.class).size(), "the new entry goes to both followers at once");
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(1, c.id(1), 1, true));
        assertEquals(1, n1.commitLength());
        assertEquals(1, n1.ackedLength(c.id(1)));
        assertEquals(List.of(new Reply(1, true, null, null)), c.ctx(0).taken(Reply.class));
    }

    @Test
    void entriesOfAnEarlierTermAreNotCommittedByCountingReplicas() {
        give(0, 1);
        RaftServer n1 = c.leader(0, 2);
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(2, c.id(1), 1, true));
        assertEquals(0, n1.commitLength(), "entry 1 has term 1, not the leader's term 2");
        n1.onMessage(c.ctx(0), c.client, new Request(1, c.clientCommand(1, "put x 1")));
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(2, c.id(1), 2, true));
        assertEquals(2, n1.commitLength(), "a term-2 entry on a majority commits everything before it");
    }

    @Test
    void aFailureWalksSentLengthBackByOneAndRetries() {
        give(0, 1, 1, 1);
        RaftServer n1 = c.leader(0, 2);
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(2, c.id(1), 3, false));
        assertEquals(2, n1.sentLength(c.id(1)));
        LogRequest retry = c.ctx(0).taken(LogRequest.class).get(0);
        assertEquals(2, retry.prefixLen());
        assertEquals(1, retry.suffix().size());
    }

    @Test
    void aDuplicatedFailureDoesNotWalkBackTwice() {
        give(0, 1, 1, 1);
        RaftServer n1 = c.leader(0, 2);
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(2, c.id(1), 3, false));
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(2, c.id(1), 3, false));
        assertEquals(2, n1.sentLength(c.id(1)));
    }

    @Test
    void aStaleSuccessIsIgnored() {
        give(0, 1, 1);
        RaftServer n1 = c.leader(0, 2);
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(2, c.id(1), 2, true));
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(2, c.id(1), 1, true));
        assertEquals(2, n1.ackedLength(c.id(1)));
        assertEquals(2, n1.sentLength(c.id(1)));
    }

    @Test
    void heartbeatsReplicateToEveryFollower() {
        RaftServer n1 = c.leader(0, 1);
        c.ctx(0).fire(n1, RaftTimer.HEARTBEAT);
        assertEquals(2, c.ctx(0).taken(LogRequest.class).size());
        assertTrue(c.ctx(0).hasTimer(RaftTimer.HEARTBEAT));
    }

    @Test
    void withBatchingNewEntriesWaitForTheFollowersAnswerThenTravelTogether() {
        c.config.settings().set("batch", "on");
        RaftServer n1 = c.leader(0, 1);
        n1.onMessage(c.ctx(0), c.client, new Request(1, c.clientCommand(1, "put x 1")));
        assertEquals(2, c.ctx(0).taken(LogRequest.class).size());
        NodeId c2 = new NodeId(4, "c2");
        n1.onMessage(c.ctx(0), c2, new Request(1, new Command(new KvRequest.Put("y", "2"), c2, 1)));
        NodeId c3 = new NodeId(5, "c3");
        n1.onMessage(c.ctx(0), c3, new Request(1, new Command(new KvRequest.Put("z", "3"), c3, 1)));
        assertTrue(c.ctx(0).taken(LogRequest.class).isEmpty(), "both followers still owe an answer");
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(1, c.id(1), 1, true));
        List<LogRequest> next = c.ctx(0).taken(LogRequest.class);
        assertEquals(1, next.size());
        assertEquals(1, next.get(0).prefixLen());
        assertEquals(2, next.get(0).suffix().size());
        assertEquals(1, next.get(0).leaderCommit());
    }

    @Test
    void withBatchingAHeartbeatResendsARequestLeftUnansweredForAHeartbeat() {
        c.config.settings().set("batch", "on");
        RaftServer n1 = c.leader(0, 1);
        n1.onMessage(c.ctx(0), c.client, new Request(1, c.clientCommand(1, "put x 1")));
        c.ctx(0).take();
        c.ctx(0).now = c.config.heartbeatMicros() / 2;
        c.ctx(0).fire(n1, RaftTimer.HEARTBEAT);
        assertTrue(c.ctx(0).taken(LogRequest.class).isEmpty(), "a young request is the heartbeat");
        c.ctx(0).now = c.config.heartbeatMicros();
        c.ctx(0).fire(n1, RaftTimer.HEARTBEAT);
        List<LogRequest> again = c.ctx(0).taken(LogRequest.class);
        assertEquals(2, again.size());
        assertEquals(1, again.get(0).suffix().size());
    }

    // ---- clients ----

    @Test
    void aFollowerRedirectsToTheLeaderItKnows() {
        c.storage(1).setCurrentTerm(1);
        RaftServer n2 = c.start(1);
        n2.onMessage(c.ctx(1), c.client, new Request(1, c.clientCommand(1, "put x 1")));
        n2.onMessage(c.ctx(1), c.id(0), new LogRequest(1, c.id(0), 0, 0, 0, List.of()));
        n2.onMessage(c.ctx(1), c.client, new Request(1, c.clientCommand(1, "put x 1")));
        assertEquals(List.of(new Redirect(1, null), new Redirect(1, c.id(0))), c.ctx(1).taken(Redirect.class));
    }

    @Test
    void aRetryOfAnAppliedRequestIsAnsweredWithoutANewEntry() {
        RaftServer n1 = c.leader(0, 1);
        Request put = new Request(1, c.clientCommand(1, "put x 7"));
        n1.onMessage(c.ctx(0), c.client, put);
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(1, c.id(1), 1, true));
        c.ctx(0).take();
        n1.onMessage(c.ctx(0), c.client, put);
        assertEquals(List.of(new Reply(1, true, null, null)), c.ctx(0).taken(Reply.class));
        assertEquals(1, c.storage(0).log().length());
    }

    @Test
    void aRetryOfARequestAlreadyInThisTermsLogWaitsForIt() {
        RaftServer n1 = c.leader(0, 1);
        Request put = new Request(1, c.clientCommand(1, "put x 7"));
        n1.onMessage(c.ctx(0), c.client, put);
        n1.onMessage(c.ctx(0), c.client, put);
        assertEquals(1, c.storage(0).log().length());
    }

    @Test
    void aNewLeaderAppendsARetryEvenIfAnOldTermHasIt() {
        // The old entry cannot commit by itself: the new term's copy commits it, and dedup applies it once.
        c.storage(0).log().append(new LogEntry(1, c.clientCommand(1, "put x 7")));
        RaftServer n1 = c.leader(0, 2);
        n1.onMessage(c.ctx(0), c.client, new Request(1, c.clientCommand(1, "put x 7")));
        assertArrayEquals(new int[] {1, 2}, c.storage(0).log().terms());
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(2, c.id(1), 2, true));
        assertEquals(2, n1.commitLength());
        assertEquals(1, c.ctx(0).taken(Reply.class).stream().distinct().count());
    }

    // ---- persistence ----

    @Test
    void aRestartKeepsTermVoteAndLogAndForgetsEverythingElse() {
        RaftServer n1 = c.leader(0, 3);
        n1.onMessage(c.ctx(0), c.client, new Request(1, c.clientCommand(1, "put x 7")));
        n1.onMessage(c.ctx(0), c.id(1), new LogResponse(3, c.id(1), 1, true));
        assertEquals(1, n1.commitLength());
        RaftServer again = c.start(0);
        assertEquals(Role.FOLLOWER, again.role());
        assertEquals(0, again.commitLength());
        assertEquals(null, again.stateMachine().get("x"), "the store is rebuilt once the commit point is learned again");
        assertEquals(3, c.storage(0).currentTerm());
        assertEquals(c.id(0), c.storage(0).votedFor());
        assertEquals(1, c.storage(0).log().length());
    }
}
