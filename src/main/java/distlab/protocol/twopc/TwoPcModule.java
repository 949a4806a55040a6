package distlab.protocol.twopc;

import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.Table;
import distlab.protocol.broadcast.TotalOrderBroadcast;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.History;
import distlab.protocol.client.HistoryModel;
import distlab.protocol.client.Op;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import distlab.sim.snapshot.StructuralHash;
import java.util.ArrayList;
import java.util.List;

/**
 * docs/commands.md, protocol "twopc": two-phase commit (lecture 7.1). n1 coordinates, the other
 * servers are participants, and clients run transactions that write at participants. With
 * {@code ft=on} it is the lecture's fault-tolerant form: votes by total order broadcast, and a
 * failure detector's suspicion votes no for a crashed participant, so a coordinator crash no
 * longer blocks. {@code cluster.atomic} is its safety property.
 */
public final class TwoPcModule implements ProtocolModule, ClientProtocol {
    private final TwoPcShared shared = new TwoPcShared();
    private final History history = new History();
    private boolean violationReported;
    private Simulation sim;

    private final Protocol<Disk> servers = new Protocol<>() {
        @Override public String name() { return "twopc"; }
        @Override public Disk newStorage(NodeId node) {
            return new Disk(TotalOrderBroadcast.sequencer(node, shared.broadcasts, shared.options));
        }
        @Override public Process newProcess(NodeId node, Disk disk) {
            return TwoPcShared.coordinator(sim.servers()).equals(node) ? new Coordinator(disk, shared) : new Participant(disk, shared);
        }
    };

    private final Protocol<Void> clients = new Protocol<>() {
        @Override public String name() { return "twopc client"; }
        @Override public Process newProcess(NodeId node, Void storage) { return new TwoPcClient(history, shared.settings); }
    };

    @Override public String name() { return "twopc"; }
    @Override public void attach(Simulation simulation) { sim = simulation; }
    @Override public Protocol<Disk> servers() { return servers; }
    @Override public Protocol<Void> clients() { return clients; }
    @Override public History history() { return history; }
    /** A transaction is no register operation: there is no sequential model to check the history against. */
    @Override public HistoryModel historyModel() { return HistoryModel.NONE; }
    @Override public Settings settings() { return shared.settings.values(); }
    @Override public List<PathSpec> paths() { return TwoPcPaths.CATALOG; }

    @Override
    public String spawnRefusal(int count) {
        return count < 2 ? "two-phase commit needs a coordinator (n1) and at least one participant: spawn 3 twopc" : null;
    }

    @Override
    public List<Property> properties() {
        return List.of(new Property("atomic", "no transaction is committed at one participant and aborted at another (lecture 7.1)"));
    }

    /**
     * ft and the sequencer are fixed once they are in use; turning ft on or off starts or stops
     * every up node's failure detector.
     */
    @Override
    public List<String> settingsChanged(List<String> keys) {
        if (keys.contains(TwoPcSettings.FT.key()) && !history.ops().isEmpty()) {
            throw new LabException("ft is fixed once a transaction has begun (reset, and config ft=on before the first txn)");
        }
        if (keys.contains(TwoPcSettings.SEQUENCER.key()) && !sim.servers().isEmpty()) {
            if (shared.sequencerPinned()) throw new LabException("the sequencer is fixed once a vote has been ordered (reset to choose another)");
            NodeId s = shared.sequencer(sim.servers());
            if (sim.kind(s) != NodeKind.SERVER) throw new LabException(s + " is a client; the sequencer is a server");
        }
        for (NodeId n : sim.servers()) {
            if (!sim.isUp(n)) continue;
            TwoPcNode node = (TwoPcNode) sim.process(n);
            if (keys.contains(TwoPcSettings.FT.key())) sim.runAt(n, node::ftChanged);
            if (keys.contains(TwoPcSettings.HEARTBEAT.key())) sim.runAt(n, node::heartbeatChanged);
        }
        List<String> warnings = new ArrayList<>();
        if (shared.settings.bug() != Bug.NONE) {
            warnings.add("bug=" + shared.settings.bug().word + ": this two-phase commit is broken on purpose; watch cluster.atomic");
        }
        if (shared.settings.ft() && !sim.servers().isEmpty() && shared.sequencer(sim.servers()).equals(TwoPcShared.coordinator(sim.servers()))) {
            warnings.add("the sequencer is the coordinator: its crash stops the votes too, so it blocks again");
        }
        return warnings;
    }

    // ---- commands ----

    /** {@code txn NODE:KEY=VALUE...}: the writes, checked. */
    Transaction transaction(List<Write> writes) {
        NodeId coordinator = TwoPcShared.coordinator(sim.servers());
        List<String> seen = new ArrayList<>();
        for (Write w : writes) {
            if (w.node().equals(coordinator)) throw new LabException(coordinator + " is the coordinator; a transaction writes at participants ("
                    + String.join(" ", sim.servers().subList(1, sim.servers().size()).stream().map(NodeId::name).toList()) + ")");
            if (sim.kind(w.node()) != NodeKind.SERVER) throw new LabException(w.node() + " is a client; a transaction writes at participants");
            String at = w.node() + ":" + w.key();
            if (seen.contains(at)) throw new LabException(at + " is written twice in one transaction");
            seen.add(at);
        }
        return new Transaction(writes);
    }

    /** {@code vote NODE yes|no}. */
    void setVote(NodeId node, boolean yes) {
        if (sim.kind(node) != NodeKind.SERVER) throw new LabException(node + " is a client; participants vote");
        if (node.equals(TwoPcShared.coordinator(sim.servers()))) throw new LabException(node + " is the coordinator; participants vote");
        disk(node).participant.votesYes(yes);
    }

    // ---- paths and views ----

    Simulation sim() { return sim; }
    TwoPcShared shared() { return shared; }

    Disk disk(NodeId node) {
        return sim.storage(node, servers);
    }

    /** The node's process while it is up, else null. */
    TwoPcNode process(NodeId node) {
        return sim.isUp(node) && sim.process(node) instanceof TwoPcNode p ? p : null;
    }

    @Override public List<String> expand(NodeId node, PathSpec pattern) { return new TwoPcPaths(this).expand(node, pattern); }
    @Override public Value nodeValue(NodeId node, String field) { return new TwoPcPaths(this).node(node, field); }
    @Override public Value clusterValue(String field) { return new TwoPcPaths(this).cluster(field); }
    @Override public Value opValue(Op op, String field) { return new TwoPcPaths(this).op(op, field); }
    /**
     * explore's fingerprint: the nodes' processes and disks, the atomicity ledger and broadcast
     * log the properties read, and the clients' history; the settings are left out.
     */
    @Override
    public long fingerprint(Simulation simulation, StructuralHash hash) {
        return ProtocolModule.withNodes(StructuralHash.combine(hash.of(shared), hash.of(history)), simulation, hash);
    }

    @Override public Table clusterTable() { return new TwoPcTable(this).build(); }

    /** A broken atomicity is reported once, as Raft reports a broken safety property. */
    @Override
    public List<String> takeNotices() {
        List<String> out = new ArrayList<>();
        String v = shared.ledger.violation();
        if (v != null && !violationReported) {
            violationReported = true;
            out.add("UNSAFE: atomic: " + v);
        }
        return out;
    }
}
