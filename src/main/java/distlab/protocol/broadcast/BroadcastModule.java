package distlab.protocol.broadcast;

import static distlab.protocol.broadcast.BroadcastSettings.ALGORITHM;
import static distlab.protocol.broadcast.BroadcastSettings.APPLY;
import static distlab.protocol.broadcast.BroadcastSettings.FANOUT;
import static distlab.protocol.broadcast.BroadcastSettings.RELAY;
import static distlab.protocol.broadcast.BroadcastSettings.SEQUENCER;

import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.protocol.Table;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * docs/commands.md, the broadcast protocols (lectures 4.2, 4.3, 5.3): every node runs one
 * {@link BroadcastLayer} of its kind; {@code broadcast NODE PAYLOAD} starts a broadcast, and
 * the session's {@link BroadcastLog} judges every delivery against FIFO, causal and total order.
 * With {@code apply=kv} the nodes are replicas of a key-value store fed by their deliveries.
 */
public final class BroadcastModule implements ProtocolModule {
    private final BroadcastKind kind;
    private final Settings settings;
    private final BroadcastOptions options = new BroadcastOptions();
    private final BroadcastLog log = new BroadcastLog();
    private final Set<String> reported = new LinkedHashSet<>();
    private final Protocol<BroadcastNode> nodes;
    private Simulation sim;

    BroadcastModule(BroadcastKind kind) {
        this.kind = kind;
        this.settings = new Settings(kind.settings());
        syncOptions();
        this.nodes = new Protocol<>() {
            @Override public String name() { return kind.word; }
            @Override public BroadcastNode newStorage(NodeId node) { return new BroadcastNode(newLayer(node)); }
            @Override public Process newProcess(NodeId node, BroadcastNode storage) { return new BroadcastProcess(storage, settings); }
        };
    }

    private BroadcastLayer newLayer(NodeId node) {
        return switch (kind) {
            case BESTEFFORT, RELIABLE, GOSSIP -> new UnorderedBroadcast(node, log, options);
            case FIFO -> new FifoBroadcast(node, log, options);
            case CAUSAL -> new CausalBroadcast(node, log, options);
            case TOTAL -> settings.get(ALGORITHM) == BroadcastSettings.Algorithm.LAMPORT
                    ? TotalOrderBroadcast.lamport(node, log, options) : TotalOrderBroadcast.sequencer(node, log, options);
        };
    }

    @Override public String name() { return kind.word; }

    @Override public Protocol<BroadcastNode> servers() { return nodes; }

    @Override public void attach(Simulation simulation) { sim = simulation; }

    @Override public Settings settings() { return settings; }

    private boolean has(Setting<?> setting) {
        return settings.find(setting.key()) != null;
    }

    /** The layers read the options on every use, so config applies at once. */
    private void syncOptions() {
        boolean eager = has(RELAY) && settings.get(RELAY) == BroadcastSettings.Relay.EAGER;
        options.dissemination(kind.dissemination(eager));
        if (has(FANOUT)) options.fanout(settings.get(FANOUT));
        if (has(SEQUENCER)) options.sequencer(settings.get(SEQUENCER));
    }

    /**
     * relay and fanout change at any time. The algorithm, the sequencer and apply are fixed once
     * something has been broadcast: switching them mid-stream would leave nodes with
     * incompatible state (a new sequencer is the hard problem of lecture 4.3).
     */
    @Override
    public List<String> settingsChanged(List<String> keys) {
        for (String key : List.of(ALGORITHM.key(), SEQUENCER.key(), APPLY.key())) {
            if (keys.contains(key) && log.count() > 0) {
                throw new LabException(key + " is fixed once something has been broadcast (reset, and config " + key
                        + " before the first broadcast)");
            }
        }
        if (keys.contains(SEQUENCER.key())) {
            String name = settings.get(SEQUENCER);
            new BroadcastOptions().sequencer(name).sequencer(sim.servers()); // refuses a name no node has
        }
        syncOptions();
        if (keys.contains(ALGORITHM.key())) {
            for (NodeId node : sim.servers()) storage(node).replaceLayer(newLayer(node));
        }
        List<String> warnings = new ArrayList<>();
        if (keys.contains(FANOUT.key()) && options.fanout() >= sim.servers().size() - 1 && sim.servers().size() > 1) {
            warnings.add("fanout " + options.fanout() + " reaches every other node: gossip now relays like eager reliable broadcast");
        }
        return warnings;
    }

    // ---- broadcasting ----

    /** {@code broadcast NODE PAYLOAD}: starts the broadcast at the node and applies what it delivers at once. */
    Broadcast broadcast(NodeId node, String payload) {
        BroadcastNode state = storage(node);
        if (applyKv()) KvUpdate.parse(payload);
        int max = sim.limits().maxPayloadChars();
        if (payload.length() > max) throw new LabException("payload too long: " + payload.length() + " characters (at most " + max + ")");
        BroadcastLayer.Sent[] sent = new BroadcastLayer.Sent[1];
        sim.runAt(node, ctx -> {
            sent[0] = state.layer().broadcast(ctx, payload);
            state.apply(sent[0].delivered(), applyKv());
        });
        return sent[0].broadcast();
    }

    private boolean applyKv() {
        return settings.get(APPLY) == BroadcastSettings.Apply.KV;
    }

    /** The up nodes, in node order: those reliable broadcast makes promises to. */
    List<NodeId> upNodes() {
        return sim.servers().stream().filter(sim::isUp).toList();
    }

    BroadcastNode storage(NodeId node) {
        if (sim.kind(node) != NodeKind.SERVER) throw new LabException(node + " is a client, not a broadcast node");
        return sim.storage(node, nodes);
    }

    Simulation sim() { return sim; }
    BroadcastKind kind() { return kind; }
    BroadcastLog log() { return log; }
    boolean appliesKv() { return applyKv(); }

    // ---- paths, properties, views ----

    @Override public List<PathSpec> paths() { return BroadcastPaths.CATALOG; }

    @Override public Value nodeValue(NodeId node, String field) { return new BroadcastPaths(this).node(node, field); }

    @Override public Value clusterValue(String field) { return new BroadcastPaths(this).cluster(field); }

    @Override public boolean hasObject(String id) { return BroadcastPaths.find(log, id) != null; }

    @Override public Value objectValue(String id, String field) { return new BroadcastPaths(this).object(id, field); }

    @Override
    public List<Property> properties() {
        return kind.promises().stream().map(p -> new Property(p, BroadcastPaths.promise(p))).toList();
    }

    @Override public Table clusterTable() { return new BroadcastTable(this).build(); }

    /** A broken promise of this protocol is a bug: reported once, like Raft's safety checker. */
    @Override
    public List<String> takeNotices() {
        List<String> out = new ArrayList<>();
        for (String p : kind.promises()) {
            String why = BroadcastPaths.violation(log, p);
            if (why != null && reported.add(p)) out.add("UNSAFE: " + p + ": " + why);
        }
        return out;
    }
}
