package distlab.protocol.raft;

import distlab.protocol.client.KvRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.protocol.client.History;
import distlab.protocol.client.Op;
import distlab.protocol.raft.ClientMessage.Redirect;
import distlab.protocol.raft.ClientMessage.Reply;
import distlab.protocol.raft.ClientMessage.Request;
import distlab.sim.node.NodeId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's rules: first server, redirects, timeouts, backoff, same sequence number on every retry. */
class RaftClientTest {
    private final List<NodeId> servers = List.of(new NodeId(0, "n1"), new NodeId(1, "n2"), new NodeId(2, "n3"));
    private final NodeId self = new NodeId(3, "c1");
    private final History history = new History();
    private final RaftConfig config = new RaftConfig();
    private final FakeContext ctx = new FakeContext(self, servers);
    private final RaftClient client = new RaftClient(history, new ClientStorage(), config);

    private Op submit(String key, String value) {
        Op op = history.create(self, new KvRequest.Put(key, value));
        client.submit(ctx, op);
        return op;
    }

    private Request onlyRequestTo(NodeId to) {
        List<FakeContext.Sent> sent = ctx.take();
        assertEquals(1, sent.size());
        assertEquals(to, sent.get(0).to());
        return (Request) sent.get(0).payload();
    }

    @Test
    void firstAttemptGoesToTheFirstServerThenRedirectsAreFollowed() {
        submit("x", "1");
        Request first = onlyRequestTo(servers.get(0));
        client.onMessage(ctx, servers.get(0), new Redirect(first.seq(), servers.get(2)));
        assertEquals(first, onlyRequestTo(servers.get(2)));
    }

    @Test
    void noKnownLeaderMeansAPauseThenTheNextServer() {
        submit("x", "1");
        Request first = onlyRequestTo(servers.get(0));
        client.onMessage(ctx, servers.get(0), new Redirect(first.seq(), null));
        assertTrue(ctx.take().isEmpty());
        ctx.fire(client, RaftTimer.CLIENT_RETRY);
        assertEquals(first, onlyRequestTo(servers.get(1)));
    }

    @Test
    void aTimeoutRetriesTheSameRequestWithTheNextServer() {
        submit("x", "1");
        Request first = onlyRequestTo(servers.get(0));
        ctx.fire(client, RaftTimer.CLIENT_TIMEOUT);
        assertEquals(first, onlyRequestTo(servers.get(1)));
        ctx.fire(client, RaftTimer.CLIENT_TIMEOUT);
        assertEquals(first, onlyRequestTo(servers.get(2)));
        ctx.fire(client, RaftTimer.CLIENT_TIMEOUT);
        assertEquals(first, onlyRequestTo(servers.get(0)));
        assertEquals(4, client.attempts());
    }

    @Test
    void aReplyCompletesTheOpAndTheNextOpGoesToThatLeader() {
        Op op1 = submit("x", "1");
        Op op2 = submit("x", "2");
        Request first = onlyRequestTo(servers.get(0));
        client.onMessage(ctx, servers.get(1), new Reply(first.seq(), true, null, null));
        assertEquals(Op.Status.OK, op1.status());
        Request second = onlyRequestTo(servers.get(1));
        assertEquals(first.seq() + 1, second.seq());
        client.onMessage(ctx, servers.get(1), new Reply(second.seq(), false, null, "cas mismatch"));
        assertEquals(Op.Status.FAILED, op2.status());
        assertEquals("cas mismatch", op2.error());
        assertTrue(ctx.timers.isEmpty(), "no timer outlives the op");
    }

    @Test
    void repliesForAnotherRequestAreIgnored() {
        Op op = submit("x", "1");
        Request first = onlyRequestTo(servers.get(0));
        client.onMessage(ctx, servers.get(0), new Reply(first.seq() + 7, true, null, null));
        assertEquals(Op.Status.PENDING, op.status());
    }

    @Test
    void redirectLoopsAreBoundedWithinAnAttempt() {
        submit("x", "1");
        Request first = onlyRequestTo(servers.get(0));
        for (int i = 0; i < 10; i++) client.onMessage(ctx, servers.get(i % 2), new Redirect(first.seq(), servers.get((i + 1) % 2)));
        assertEquals(servers.size(), ctx.take().size(), "at most one redirect per server, then a pause");
        assertTrue(ctx.hasTimer(RaftTimer.CLIENT_RETRY));
    }
}
