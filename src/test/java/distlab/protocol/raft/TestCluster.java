package distlab.protocol.raft;

import distlab.protocol.client.KvRequest;
import distlab.protocol.raft.RaftMessage.VoteResponse;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;

/** Servers n1..nN driven by hand through {@link FakeContext}s, for handler-level tests. */
final class TestCluster {
    final RaftConfig config = new RaftConfig();
    private final List<NodeId> ids = new ArrayList<>();
    private final List<RaftStorage> storages = new ArrayList<>();
    private final List<FakeContext> contexts = new ArrayList<>();
    final NodeId client;

    TestCluster() {
        this(3);
    }

    TestCluster(int n) {
        for (int i = 0; i < n; i++) ids.add(new NodeId(i, "n" + (i + 1)));
        for (int i = 0; i < n; i++) {
            storages.add(new RaftStorage());
            contexts.add(new FakeContext(ids.get(i), ids));
        }
        client = new NodeId(n, "c1");
    }

    NodeId id(int i) { return ids.get(i); }
    RaftStorage storage(int i) { return storages.get(i); }
    FakeContext ctx(int i) { return contexts.get(i); }

    /** A fresh process for server i around its storage, started (as on spawn or restart). */
    RaftServer start(int i) {
        RaftServer s = new RaftServer(ids.get(i), storages.get(i), config);
        s.onStart(contexts.get(i));
        return s;
    }

    /** Server i, elected leader of {@code term} by server (i+1)'s vote; its sends are cleared. */
    RaftServer leader(int i, int term) {
        storage(i).setCurrentTerm(term - 1);
        RaftServer s = start(i);
        ctx(i).fire(s, RaftTimer.ELECTION);
        NodeId voter = id((i + 1) % ids.size());
        for (int v = 0; v < ids.size() / 2; v++) {
            voter = id((i + 1 + v) % ids.size());
            s.onMessage(ctx(i), voter, new VoteResponse(term, voter, true));
        }
        ctx(i).take();
        return s;
    }

    static LogEntry entry(int term, String command) {
        String[] w = command.split(" ");
        return new LogEntry(term, w[0].equals("noop") ? Command.noop() : new Command(request(w), null, 0));
    }

    Command clientCommand(long seq, String command) {
        String[] w = command.split(" ");
        return new Command(request(w), client, seq);
    }

    /** {@code put x 1}, {@code get x}, {@code cas x 1 2} as a request. */
    static KvRequest request(String... w) {
        return switch (w[0]) {
            case "put" -> new KvRequest.Put(w[1], w[2]);
            case "get" -> new KvRequest.Get(w[1]);
            case "cas" -> new KvRequest.Cas(w[1], w[2], w[3]);
            default -> new KvRequest.Put(w[0], "0"); // a bare word names an entry in tests: "a" is put a 0
        };
    }
}
