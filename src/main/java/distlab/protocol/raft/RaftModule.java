package distlab.protocol.raft;

import distlab.protocol.Param;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Table;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.History;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.TraceText;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import distlab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * SPEC §6 "raft": leader election, log replication, a replicated key-value store and its
 * clients, with Raft's safety properties checked after every event ({@code cluster.safe}).
 * One instance per session.
 */
public final class RaftModule implements ProtocolModule, ClientProtocol {
    private final RaftConfig config = new RaftConfig();
    private final History history = new History();
    private final SafetyChecker checker = new SafetyChecker();
    private final List<ServerHandle> servers = new ArrayList<>();
    private final RaftPaths paths = new RaftPaths(this);
    private Simulation sim;
    private boolean violationReported;
    /** The trace's size at the last check: the next step's entries start there. */
    private int checkedTraceSize;

    @Override public String name() { return "raft"; }

    @Override public String summary() {
        return "Raft consensus: leader election, log replication, a replicated key-value store (put, get, cas)";
    }

    @Override
    public Protocol servers() {
        return new Protocol() {
            @Override public String name() { return "raft"; }

            /** Membership is fixed once anything has happened: Raft here has no configuration changes. */
            @Override public Object newStorage(NodeId node) {
                if (sim.trace().size() > 0 || sim.nodes().size() != sim.servers().size()) {
                    throw new LabException("a Raft cluster's membership is fixed once it runs: reset, then spawn every node first (e.g. spawn 5 raft)");
                }
                return new RaftStorage();
            }

            @Override public Process newProcess(NodeId node, Object storage) {
                return new RaftServer(node, (RaftStorage) storage, config);
            }
        };
    }

    @Override
    public Protocol clients() {
        return new Protocol() {
            @Override public String name() { return "raft"; }
            @Override public Object newStorage(NodeId node) { return new ClientStorage(); }
            @Override public Process newProcess(NodeId node, Object storage) {
                return new RaftClient(history, (ClientStorage) storage, config);
            }
        };
    }

    @Override public History history() { return history; }

    @Override public List<String> operations() { return List.of("put", "get", "cas"); }

    @Override
    public void attach(Simulation simulation) {
        this.sim = simulation;
        Supplier<String> cause = this::cause;
        sim.addObserver(() -> checkSafety(cause));
    }

    @Override public List<Param> params() { return config.params(); }

    @Override public List<String> configWarnings() { return config.warnings(); }

    @Override public Value nodeValue(NodeId node, String field) { return paths.node(node, field); }

    @Override public List<String> nodeFields(NodeId node) { return paths.nodeFields(node); }

    @Override public Value clusterValue(String field) { return paths.cluster(field); }

    @Override public List<String> clusterFields() { return RaftPaths.CLUSTER_FIELDS; }

    @Override public Table clusterTable() { return new RaftTable(this).build(); }

    @Override
    public List<String> takeNotices() {
        Violation v = checker.violation();
        if (v == null || violationReported) return List.of();
        violationReported = true;
        return List.of("UNSAFE: " + v);
    }

    // ---- for paths, views and commands ----

    Simulation sim() { return sim; }
    RaftConfig config() { return config; }
    Violation violation() { return checker.violation(); }
    int committedLength() { return checker.committedLength(); }

    /** Every server, in node order. */
    List<ServerHandle> handles() {
        if (servers.size() != sim.servers().size()) {
            servers.clear();
            for (NodeId id : sim.servers()) servers.add(new ServerHandle(sim, id));
        }
        return servers;
    }

    /** The handle of a server, or a clear error for a client. */
    ServerHandle handle(NodeId node) {
        if (sim.kind(node) != NodeKind.SERVER) throw new LabException(node + " is a client, not a Raft server");
        return handles().get(node.index());
    }

    /** The up leader with the highest term, or null (SPEC §5 {@code cluster.leader}). */
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
    public String setLog(NodeId node, List<Integer> terms, Integer term) {
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
            int index = entries.size() + 1;
            entries.add(new LogEntry(t, new Command("put", "k" + index, List.of(Integer.toString(t)), null, 0)));
        }
        int last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).term();
        int current = term != null ? term : Math.max(last, h.storage().currentTerm());
        if (current < last) throw new LabException("the current term must be at least the last entry's term " + last + " (got --term " + current + ")");
        h.storage().log().replace(entries);
        h.storage().setCurrentTerm(current);
        h.storage().setVotedFor(null);
        checkSafety(() -> "raftlog " + node);
        return node + ": term " + current + ", log " + paths.node(node, "log").show();
    }

    /** The {@code timeout NODE} command: the node's election timer fires now. */
    public void timeout(NodeId node) {
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

    private void checkSafety(Supplier<String> cause) {
        if (sim == null || checker.violation() != null) return;
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
