package distlab.protocol.raft;

import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.Table;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.History;
import distlab.protocol.client.HistoryModel;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.TraceText;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import distlab.sim.snapshot.NotState;
import distlab.sim.snapshot.StructuralHash;
import distlab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * docs/commands.md, protocol "raft": leader election, log replication, a replicated key-value
 * store and its clients, with Raft's safety properties checked after every event
 * ({@code cluster.safe}). One instance per session.
 */
public final class RaftModule implements ProtocolModule, ClientProtocol {
    private final RaftConfig config = new RaftConfig();
    private final History history = new History();
    private final SafetyChecker checker = new SafetyChecker();
    private final List<ServerHandle> servers = new ArrayList<>();
    private final RaftPaths paths = new RaftPaths(this);
    private Simulation sim;
    private boolean violationReported;
    /** A raftlog set-up not yet judged for reachability: that happens when the cluster starts. */
    private boolean setUpPending;
    private final List<String> notices = new ArrayList<>();
    /** The trace's size at the last check: the next step's entries start there. */
    @NotState private int checkedTraceSize;

    private final Protocol<RaftStorage> serverProtocol = new Protocol<>() {
        @Override public String name() { return "raft"; }

        /** Membership is fixed once anything has happened: Raft here has no configuration changes. */
        @Override public RaftStorage newStorage(NodeId node) {
            if (sim.trace().size() > 0 || sim.nodes().size() != sim.servers().size()) {
                throw new LabException("a Raft cluster's membership is fixed once it runs: reset, then spawn every node first (e.g. spawn 5 raft)");
            }
            return new RaftStorage();
        }

        @Override public Process newProcess(NodeId node, RaftStorage storage) {
            return new RaftServer(node, storage, config);
        }
    };

    private final Protocol<ClientStorage> clientProtocol = new Protocol<>() {
        @Override public String name() { return "raft"; }
        @Override public ClientStorage newStorage(NodeId node) { return new ClientStorage(); }
        @Override public Process newProcess(NodeId node, ClientStorage storage) {
            return new RaftClient(history, storage, config);
        }
    };

    @Override public String name() { return "raft"; }

    @Override public Protocol<RaftStorage> servers() { return serverProtocol; }

    @Override public Protocol<ClientStorage> clients() { return clientProtocol; }

    @Override public History history() { return history; }

    @Override public HistoryModel historyModel() { return HistoryModel.KEY_VALUE; }

    @Override
    public void attach(Simulation simulation) {
        this.sim = simulation;
        sim.addObserver(new SafetyAfterEachStep());
    }

    @Override public Settings settings() { return config.settings(); }

    @Override public List<String> settingsChanged(List<String> keys) { return config.warnings(); }

    @Override public List<PathSpec> paths() { return RaftPaths.CATALOG; }

    @Override public List<String> expand(NodeId node, PathSpec pattern) { return paths.expand(node, pattern); }

    @Override public Value nodeValue(NodeId node, String field) { return paths.node(node, field); }

    @Override public Value clusterValue(String field) { return paths.cluster(field); }

    @Override
    public List<Property> properties() {
        return List.of(new Property("safe", String.join(", ", checker.names()) + " held at every step (Raft paper, Figure 3)"));
    }

    /**
     * explore's fingerprint: the nodes' processes and storage, and what the safety checker
     * remembers (leaders per term, committed entries), which its verdicts depend on; the
     * settings, paths and notices never change during a search, so they are left out.
     */
    @Override
    public long fingerprint(Simulation simulation, StructuralHash hash) {
        return ProtocolModule.withNodes(StructuralHash.combine(hash.of(checker), hash.of(history)), simulation, hash);
    }

    @Override public Table clusterTable() { return new RaftTable(this).build(); }

    @Override
    public List<String> takeNotices() {
        List<String> out = new ArrayList<>(notices);
        notices.clear();
        Violation v = checker.violation();
        if (v != null && !violationReported) {
            violationReported = true;
            out.add("UNSAFE: " + v);
        }
        return out;
    }

    // ---- for paths, views and commands ----

    Simulation sim() { return sim; }
    RaftConfig config() { return config; }
    Violation violation() { return checker.violation(); }
    int committedLength() { return checker.committedLength(); }
    int appliedLength() { return checker.appliedLength(); }

    /** Every server, in node order. */
    List<ServerHandle> handles() {
        if (servers.size() != sim.servers().size()) {
            servers.clear();
            for (NodeId id : sim.servers()) servers.add(new ServerHandle(sim, id, sim.storage(id, serverProtocol)));
        }
        return servers;
    }

    /** The handle of a server, or a clear error for a client. */
    ServerHandle handle(NodeId node) {
        if (sim.kind(node) != NodeKind.SERVER) throw new LabException(node + " is a client, not a Raft server");
        return handles().get(node.index());
    }

    /** The up leader with the highest term, or null ({@code cluster.leader}). */
    NodeId leader() {
        NodeId best = null;
        int bestTerm = -1;
        for (ServerHandle h : handles()) {
            RaftServer s = h.server();
            if (s != null && s.role() == RaftServer.Role.LEADER && h.currentTerm() > bestTerm) {
                best = h.id();
                bestTerm = h.currentTerm();
            }
        }
        return best;
    }

    /**
     * The {@code raftlog NODE TERM... [--term T]} set-up: gives a server a log whose entries
     * have these terms, current term T (default: its last entry's term), and no vote. Only
     * while the node is down or before anything has happened, so no volatile state disagrees.
     */
    String setLog(NodeId node, List<Integer> terms, Integer term) {
        ServerHandle h = handle(node);
        if (h.up() && sim.trace().size() > 0) {
            throw new LabException("raftlog changes a log only before the cluster runs or while the node is down (crash " + node + " first)");
        }
        if (terms.size() > 1000) throw new LabException("raftlog takes at most 1000 entries");
        List<LogEntry> entries = new ArrayList<>();
        int previous = 1;
        for (int t : terms) {
            if (t < 1) throw new LabException("terms start at 1 (got " + t + ")");
            if (t < previous) throw new LabException("a log's terms never decrease (got " + t + " after " + previous + ")");
            previous = t;
            entries.add(new LogEntry(t, Command.setUp(entries.size() + 1, t)));
        }
        int last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).term();
        int current = term != null ? term : Math.max(last, h.storage().currentTerm());
        if (current < last) throw new LabException("the current term must be at least the last entry's term " + last + " (got --term " + current + ")");
        h.storage().log().replace(entries);
        h.storage().setCurrentTerm(current);
        h.storage().setVotedFor(null);
        setUpPending = true;
        checkSafety(() -> "raftlog " + node);
        return node + ": term " + current + ", log " + paths.node(node, "log").show();
    }

    /**
     * Why no run reaches the servers' set-up state, or null. An entry of term T was made by a
     * leader of T, which a majority voted for, each of them moving to term T or later; terms
     * never go down. So every term in a log needs a majority whose current term is at least it.
     */
    private String unreachable() {
        int majority = handles().size() / 2 + 1;
        int highest = 0;
        for (ServerHandle h : handles()) highest = Math.max(highest, h.log().lastTerm());
        if (highest == 0) return null;
        List<String> atLeast = new ArrayList<>();
        for (ServerHandle h : handles()) if (h.currentTerm() >= highest) atLeast.add(h.name());
        if (atLeast.size() >= majority) return null;
        return "an entry of term " + highest + " needs a leader of term " + highest + ", elected by " + majority
                + " servers whose terms are now >= " + highest + ", but only " + (atLeast.isEmpty() ? "none" : String.join(" ", atLeast))
                + (atLeast.size() == 1 ? " is" : " are") + " (raise --term on more nodes)";
    }

    /** The {@code timeout NODE} command: the node's election timer fires now. */
    void timeout(NodeId node) {
        ServerHandle h = handle(node);
        RaftServer s = h.server();
        if (s == null) throw new LabException(node + " is down (restart " + node + " first)");
        if (s.role() == RaftServer.Role.LEADER) throw new LabException(node + " is the leader: only a follower or candidate has an election timer");
        sim.runAt(node, ctx -> {
            ctx.local("election timeout");
            s.timeoutNow(ctx);
        });
    }

    // ---- safety ----

    /** Raft's safety properties are checked after every event (docs/commands.md, raft). */
    private final class SafetyAfterEachStep implements Simulation.StepObserver {
        @Override
        public void afterStep() {
            checkSafety(RaftModule.this::cause);
        }
    }

    private void checkSafety(Supplier<String> cause) {
        if (sim == null) return;
        if (setUpPending && sim.trace().size() > 0) {
            setUpPending = false;
            String why = unreachable();
            if (why != null) notices.add("warning: no run reaches the raftlog set-up: " + why);
        }
        if (checker.violation() != null) return;
        checker.check(handles(), cause);
        checkedTraceSize = sim.trace().size();
    }

    /**
     * The step just checked, named by its first journal entry (the receive, timer or crash
     * that set it off), e.g. {@code e57 (n1: recv m30 from n3 VoteResponse t3 yes)}.
     */
    private String cause() {
        Trace trace = sim.trace();
        if (trace.size() == 0) return "the start";
        int entry = checkedTraceSize < trace.size() ? checkedTraceSize : trace.size() - 1;
        String what = sim.node(trace.node(entry)) + ": " + TraceText.describe(sim, entry);
        int event = trace.eventNumber(entry);
        return (event == 0 ? SimTime.format(trace.time(entry)) : "e" + event) + " (" + what + ")";
    }
}
