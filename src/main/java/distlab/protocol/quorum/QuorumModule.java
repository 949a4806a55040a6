package distlab.protocol.quorum;

import distlab.protocol.Param;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Table;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.History;
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
 * SPEC §6 "quorum": n replicas holding timestamped values, and clients that write to w and read
 * from r of them (lecture 5.2), with optional read repair and ABD write-back (lecture 7.2).
 * Replica stores and client clocks are stable storage; all else is volatile.
 */
public final class QuorumModule implements ProtocolModule, ClientProtocol {
    private static final List<String> CLUSTER_FIELDS = List.of("stale", "converged", "r", "w");
    private static final List<String> CLIENT_FIELDS = List.of("op", "progress", "counter");

    private final History history = new History();
    private final QuorumLedger ledger = new QuorumLedger();
    private final StaleReads stale = new StaleReads(history, ledger);
    private Simulation sim;
    private final QuorumSettings settings = new QuorumSettings(() -> sim == null ? 0 : sim.servers().size());

    @Override public String name() { return "quorum"; }

    @Override public String summary() { return "replicas with timestamped values; clients read r and write w of them (lecture 5.2)"; }

    @Override
    public void attach(Simulation simulation) {
        this.sim = simulation;
    }

    @Override
    public Protocol servers() {
        return new Protocol() {
            @Override public String name() { return "quorum"; }
            @Override public Object newStorage(NodeId node) { return new ReplicaStore(); }
            @Override public Process newProcess(NodeId node, Object storage) { return new Replica((ReplicaStore) storage); }
        };
    }

    @Override
    public Protocol clients() {
        return new Protocol() {
            @Override public String name() { return "quorum client"; }
            @Override public Object newStorage(NodeId node) { return new ClientClock(); }
            @Override public Process newProcess(NodeId node, Object storage) {
                return new QuorumClient(history, settings, ledger, (ClientClock) storage);
            }
        };
    }

    @Override public History history() { return history; }

    @Override public List<String> operations() { return List.of("put", "get"); }

    @Override public List<Param> params() { return settings.params(); }

    @Override public List<String> configWarnings() { return settings.warnings(); }

    /** The current settings (for tests and views). */
    public QuorumSettings settings() { return settings; }

    @Override
    public Value nodeValue(NodeId node, String field) {
        if (sim.kind(node) == NodeKind.CLIENT) return clientValue(node, field);
        ReplicaStore store = (ReplicaStore) sim.storage(node);
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
            case "counter": return Value.of(((ClientClock) sim.storage(client)).highestSeen());
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
    public List<String> nodeFields(NodeId node) {
        if (sim.kind(node) == NodeKind.CLIENT) return CLIENT_FIELDS;
        ReplicaStore store = (ReplicaStore) sim.storage(node);
        List<String> out = new ArrayList<>(List.of("keys"));
        for (String k : store.keys()) {
            out.add("kv." + k);
            out.add("ts." + k);
        }
        return out;
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

    @Override public List<String> clusterFields() { return CLUSTER_FIELDS; }

    /** Every up replica holds the same keys, values and timestamps. */
    private boolean converged() {
        Object first = null;
        boolean any = false;
        for (NodeId id : sim.servers()) {
            if (!sim.isUp(id)) continue;
            Object entries = ((ReplicaStore) sim.storage(id)).entries();
            if (any && !Objects.equals(first, entries)) return false;
            first = entries;
            any = true;
        }
        return true;
    }

    @Override
    public Table clusterTable() {
        return new QuorumView(sim, history, stale).table();
    }
}
