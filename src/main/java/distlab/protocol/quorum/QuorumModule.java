package distlab.protocol.quorum;

import distlab.protocol.PathSpec;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.Table;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * docs/commands.md, protocol "quorum": n replicas holding timestamped values, and clients that
 * write to w and read from r of them (lecture 5.2), with optional read repair and ABD write-back
 * (lecture 7.2). Replica stores and client clocks are stable storage; all else is volatile.
 */
public final class QuorumModule implements ProtocolModule, ClientProtocol {
    static final List<PathSpec> PATHS = List.of(
            PathSpec.server("keys", "the keys the replica holds"),
            PathSpec.server("kv.KEY", "the replica's value of KEY, or none"),
            PathSpec.server("ts.KEY", "the timestamp of that value, (counter, client) as 2:c1, or (clock reading, client) as 1.05s:c1 with timestamps=physical"),
            PathSpec.client("op", "the op the client is working on, or none"),
            PathSpec.client("progress", "how far that op got, e.g. acks 1/2"),
            PathSpec.client("counter", "the highest timestamp counter the client has seen"),
            PathSpec.cluster("stale", "gets that returned a value older than a put completed before they began"),
            PathSpec.cluster("converged", "every up replica holds the same keys, values and timestamps"),
            PathSpec.cluster("r", "replies a get waits for now"),
            PathSpec.cluster("w", "acks a put waits for now"));

    private final History history = new History();
    private final QuorumLedger ledger = new QuorumLedger();
    private final StaleReads stale = new StaleReads(history, ledger);
    private Simulation sim;
    private final QuorumSettings settings = new QuorumSettings();

    private final Protocol<ReplicaStore> replicas = new Protocol<>() {
        @Override public String name() { return "quorum"; }
        @Override public ReplicaStore newStorage(NodeId node) { return new ReplicaStore(); }
        @Override public Process newProcess(NodeId node, ReplicaStore storage) { return new Replica(storage); }
    };

    private final Protocol<ClientClock> clients = new Protocol<>() {
        @Override public String name() { return "quorum client"; }
        @Override public ClientClock newStorage(NodeId node) { return new ClientClock(); }
        @Override public Process newProcess(NodeId node, ClientClock storage) {
            return new QuorumClient(history, settings, ledger, storage);
        }
    };

    @Override public String name() { return "quorum"; }

    @Override
    public void attach(Simulation simulation) {
        this.sim = simulation;
        settings.attach(simulation);
    }

    @Override public Protocol<ReplicaStore> servers() { return replicas; }

    @Override public Protocol<ClientClock> clients() { return clients; }

    @Override public History history() { return history; }

    @Override public HistoryModel historyModel() { return HistoryModel.KEY_VALUE; }

    @Override public Settings settings() { return settings.values(); }

    @Override
    public List<String> settingsChanged(List<String> keys) {
        settings.check();
        return settings.warnings();
    }

    @Override public String settingNote(String key) { return settings.note(key); }

    /** The current settings (for tests and views). */
    public QuorumSettings quorumSettings() { return settings; }

    @Override public List<PathSpec> paths() { return PATHS; }

    private ReplicaStore store(NodeId node) {
        return sim.storage(node, replicas);
    }

    @Override
    public List<String> expand(NodeId node, PathSpec pattern) {
        List<String> out = new ArrayList<>();
        for (String k : store(node).keys()) out.add(pattern.field().replace("KEY", k));
        return out;
    }

    @Override
    public List<String> nodeFields(NodeId node, NodeKind kind) {
        if (kind == NodeKind.CLIENT) return ProtocolModule.super.nodeFields(node, kind);
        // kv.KEY and ts.KEY side by side, key by key.
        List<String> out = new ArrayList<>(List.of("keys"));
        for (String k : store(node).keys()) {
            out.add("kv." + k);
            out.add("ts." + k);
        }
        return out;
    }

    @Override
    public Value nodeValue(NodeId node, String field) {
        if (sim.kind(node) == NodeKind.CLIENT) return clientValue(node, field);
        ReplicaStore store = store(node);
        if (field.equals("keys")) return new Value.ListOf(store.keys().stream().map(Value::text).toList());
        if (field.equals("kv") || field.equals("ts")) {
            throw new LabException(node + "." + field + " needs a key: " + node + "." + field + ".KEY (" + keyList(store) + ")");
        }
        if (field.startsWith("kv.")) return Value.text(valueOf(store.get(key(node, field))));
        if (field.startsWith("ts.")) return Value.text(Timestamp.show(Versioned.tsOf(store.get(key(node, field)))));
        return null;
    }

    private static String key(NodeId node, String field) {
        String key = field.substring(3);
        if (!key.matches("[A-Za-z0-9_\\-]{1,32}")) {
            throw new LabException("bad key '" + key + "' in " + node + "." + field + " (keys are letters, digits, _ or -)");
        }
        return key;
    }

    private static String valueOf(Versioned v) {
        return v == null ? "none" : v.value();
    }

    private static String keyList(ReplicaStore store) {
        return store.keys().isEmpty() ? "it holds no keys yet" : "keys: " + String.join(" ", store.keys());
    }

    private Value clientValue(NodeId client, String field) {
        QuorumClient process = sim.process(client) instanceof QuorumClient qc ? qc : null;
        switch (field) {
            case "counter": return Value.of(sim.storage(client, clients).highestSeen());
            case "progress": return Value.text(process == null || process.progress() == null ? "none" : process.progress());
            case "op": {
                String op = null;
                for (Op o : history.ops()) {
                    if (o.client().equals(client) && o.invoked() && o.status() == Op.Status.PENDING) op = o.name();
                }
                return Value.text(op == null ? "none" : op);
            }
            default:
                if (field.startsWith("kv") || field.startsWith("ts") || field.equals("keys")) {
                    throw new LabException(client + " is a client: " + field + " belongs to replicas (" + sim.servers().get(0) + "." + field + ")");
                }
                return null;
        }
    }

    @Override
    public Value clusterValue(String field) {
        switch (field) {
            case "stale": return new Value.ListOf(stale.ids().stream().map(id -> Value.text("op" + id)).toList());
            case "converged": return Value.of(converged());
            case "r": return Value.of(settings.r());
            case "w": return Value.of(settings.w());
            default: return null;
        }
    }

    /** Every up replica holds the same keys, values and timestamps. */
    private boolean converged() {
        Object first = null;
        boolean any = false;
        for (NodeId id : sim.servers()) {
            if (!sim.isUp(id)) continue;
            Object entries = store(id).entries();
            if (any && !Objects.equals(first, entries)) return false;
            first = entries;
            any = true;
        }
        return true;
    }

    @Override
    public Table clusterTable() {
        return new QuorumView(sim, history, stale, replicas).table();
    }
}
