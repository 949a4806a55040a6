package distlab.protocol.spanner;

import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.Table;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.History;
import distlab.protocol.client.HistoryModel;
import distlab.protocol.client.Op;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * docs/commands.md, protocol "spanner": Google's Spanner as lecture 8.2 gives it, one node per
 * shard. Every node's clock is within ε of the true time and TrueTime admits it; transactions
 * commit at TT.now().latest and wait out the uncertainty (commit wait); reads are MVCC snapshot
 * reads. {@code cluster.externallyconsistent} judges timestamps against real-time order, which
 * only the simulator can see.
 */
public final class SpannerModule implements ProtocolModule, ClientProtocol {
    private final SpannerSettings settings = new SpannerSettings();
    private final SpannerLedger ledger = new SpannerLedger();
    private final History history = new History();
    private boolean anomalyReported;
    private Simulation sim;

    private final Protocol<Shard> servers = new Protocol<>() {
        @Override public String name() { return "spanner"; }
        @Override public Shard newStorage(NodeId node) { return new Shard(); }
        @Override public Process newProcess(NodeId node, Shard shard) {
            if (!shard.clockSet()) {
                drawOffset(node);
                shard.markClockSet();
            }
            return new SpannerServer(shard, settings, ledger);
        }
    };

    private final Protocol<Void> clients = new Protocol<>() {
        @Override public String name() { return "spanner client"; }
        @Override public Process newProcess(NodeId node, Void storage) { return new SpannerClient(history); }
    };

    @Override public String name() { return "spanner"; }
    @Override public void attach(Simulation simulation) { sim = simulation; }
    @Override public Protocol<Shard> servers() { return servers; }
    @Override public Protocol<Void> clients() { return clients; }
    @Override public History history() { return history; }
    /** Transactions and snapshot reads are judged by timestamp order (external consistency), not as registers. */
    @Override public HistoryModel historyModel() { return HistoryModel.NONE; }
    @Override public Settings settings() { return settings.values(); }
    @Override public List<PathSpec> paths() { return SpannerPaths.CATALOG; }

    @Override
    public List<Property> properties() {
        return List.of(new Property("externallyconsistent",
                "whenever op A completed before op B was invoked, in true time, A's timestamp is below B's (lecture 8.2)"));
    }

    /** The lab sets a new node's clock somewhere within ±ε of the true time: TrueTime's promise (lecture 8.2). */
    private void drawOffset(NodeId node) {
        long epsilon = settings.epsilon();
        long offset = epsilon == 0 ? 0 : sim.rng().between(-epsilon, epsilon);
        sim.clock(node).setOffset(sim.now(), offset);
    }

    /** A new ε draws every clock's offset again within it. */
    @Override
    public List<String> settingsChanged(List<String> keys) {
        if (keys.contains(SpannerSettings.EPSILON.key())) for (NodeId n : sim.servers()) drawOffset(n);
        List<String> out = new ArrayList<>();
        if (!settings.commitWait()) out.add("commitwait=off: commits are visible at once, so timestamps may contradict real-time order");
        return out;
    }

    /** {@code epsilon=7ms (offsets n1 +2.1ms n2 -5ms)}: where the clocks are now. */
    @Override
    public String settingNote(String key) {
        if (!key.equals(SpannerSettings.EPSILON.key()) || sim == null || sim.servers().isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        for (NodeId n : sim.servers()) parts.add(n + " " + SimTime.formatSigned(sim.clock(n).offset(sim.now())));
        return "offsets " + String.join(" ", parts);
    }

    // ---- commands ----

    /** The node {@code --at} names, else n1: a server. */
    NodeId at(String name, java.util.function.Function<String, NodeId> lookup) {
        if (sim.servers().isEmpty()) throw new LabException("no Spanner nodes yet: spawn some first (e.g. spawn 3 spanner)");
        if (name == null) return sim.servers().get(0);
        NodeId node = lookup.apply(name);
        if (sim.kind(node) != NodeKind.SERVER) throw new LabException(node + " is a client; --at names a Spanner node (" + sim.servers().get(0) + ")");
        return node;
    }

    // ---- paths and views ----

    Simulation sim() { return sim; }
    SpannerSettings config() { return settings; }
    SpannerLedger ledger() { return ledger; }

    Shard shard(NodeId node) {
        return sim.storage(node, servers);
    }

    /** TrueTime as the node would read it now (the lab reads its clock from outside). */
    TrueTime trueTime(NodeId node) {
        return TrueTime.at(sim.clock(node).reading(sim.now()), settings.epsilon());
    }

    String anomaly() {
        return ExternalConsistency.violation(history.ops(), ledger);
    }

    @Override public List<String> expand(NodeId node, PathSpec pattern) { return new SpannerPaths(this).expand(node, pattern); }
    @Override public Value nodeValue(NodeId node, String field) { return new SpannerPaths(this).node(node, field); }
    @Override public Value clusterValue(String field) { return new SpannerPaths(this).cluster(field); }
    @Override public Value opValue(Op op, String field) { return new SpannerPaths(this).op(op, field); }
    @Override public Table clusterTable() { return new SpannerTable(this).build(); }

    /** The first pair out of real-time order is reported once. */
    @Override
    public List<String> takeNotices() {
        if (anomalyReported) return List.of();
        String a = anomaly();
        if (a == null) return List.of();
        anomalyReported = true;
        return List.of("UNSAFE: externallyconsistent: " + a);
    }
}
