package distlab.protocol.crdt;

import distlab.protocol.PathSpec;
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
import java.util.List;

/**
 * docs/commands.md, the CRDT protocols: state-based CRDT replicas of one {@link CrdtType}.
 * Updates are local events at one replica; {@code sync} and {@code gossip} send whole states as
 * messages, so delay, loss, duplication and partitions apply, and the receiver merges (lecture
 * 7.3). A replica's state is persistent: it survives crash and restart, like data on disk.
 */
public final class CrdtModule<S extends CrdtState<S>> implements ProtocolModule {
    /** Updates per session: bounds every replica's state, and so every merge. */
    public static final int MAX_UPDATES = 10_000;
    private static final List<PathSpec> COMMON_PATHS = List.of(
            PathSpec.server("value", "the replica's value: a count, a register's value (none if unset), or a set {a,b}"),
            PathSpec.server("state", "the replica's whole internal state"),
            PathSpec.cluster("converged", "every up replica has the same value"),
            PathSpec.cluster("identical", "every up replica has the same internal state"));

    private final CrdtType<S> type;
    private final AntiEntropy gossip = new AntiEntropy();
    private final Settings settings;
    private final Protocol<Replica<S>> replicas;
    private Simulation sim;
    private int updates;

    public CrdtModule(CrdtType<S> type) {
        this.type = type;
        List<Setting<?>> declared = new ArrayList<>(type.settings());
        declared.add(AntiEntropy.SETTING);
        this.settings = new Settings(declared);
        type.bind(settings);
        this.replicas = new Protocol<>() {
            @Override public String name() { return type.name(); }
            @Override public Replica<S> newStorage(NodeId node) { return new Replica<>(type.empty()); }
            @Override public Process newProcess(NodeId node, Replica<S> storage) {
                return new CrdtProcess<>(type.stateClass(), storage, gossip);
            }
        };
    }

    @Override public String name() { return type.name(); }

    @Override public Protocol<Replica<S>> servers() { return replicas; }

    @Override
    public void attach(Simulation simulation) {
        this.sim = simulation;
    }

    @Override public Settings settings() { return settings; }

    @Override
    public List<String> settingsChanged(List<String> keys) {
        if (keys.contains(AntiEntropy.SETTING.key())) gossip.restart(sim, settings.get(AntiEntropy.SETTING));
        return List.of();
    }

    // ---- updates and replication ----

    /** Throws a LabException unless this type takes the update {@code verb} (inc, set, add...). */
    void checkTakes(String verb) {
        if (type.usages().stream().noneMatch(u -> u.startsWith(verb + " "))) throw unfit(verb, Update.fits(verb));
    }

    private LabException unfit(String verb, String fits) {
        return new LabException(verb + " works on " + fits + ", but this session runs " + type.name()
                + ", which takes: " + String.join(", ", type.usages()));
    }

    /**
     * Replica {@code node} makes a local update, recorded as a local event; returns a note for
     * the user (or null). Throws a LabException, with nothing changed, when the update does not
     * fit this type or the replica cannot make it.
     */
    String update(NodeId node, Update update) {
        if (!type.accepts(update)) throw unfit(update.verb(), update.fits());
        Replica<S> replica = replica(node);
        if (!sim.isUp(node)) throw new LabException(node + " is down (restart " + node + " first)");
        if (updates >= MAX_UPDATES) {
            throw new LabException("this session has made " + MAX_UPDATES + " CRDT updates, the most it may: reset to start again");
        }
        S before = replica.state();
        // The update's stamp is its local event's (Lamport clock, node): a local event does
        // t := t + 1 (lecture 4.1). Computing the new state first means a rejected update
        // (a count that would overflow) leaves no trace at all.
        Stamp logical = new Stamp(sim.lamport(node) + 1L, node);
        S after = type.apply(before, node, update, type.stamp(logical, sim.clock(node).reading(sim.now())));
        sim.runAt(node, ctx -> {
            ctx.local(update.label());
            if (sim.lamport(node) != logical.lamport()) throw new IllegalStateException("stamp " + logical + " is not the local event's");
            replica.replace(after);
        });
        updates++;
        return type.note(before, after, update, node);
    }

    /** {@code from} sends its whole state to {@code to} as a message; returns its number. */
    int sync(NodeId from, NodeId to) {
        Replica<S> source = replica(from);
        replica(to);
        if (from.equals(to)) throw new LabException("a replica cannot sync to itself (FROM and TO are both " + from + ")");
        if (!sim.isUp(from)) throw new LabException(from + " is down (restart " + from + " first)");
        return sim.send(from, to, new StateMessage(source.state()));
    }

    /** Every up replica syncs to every other, in node order; returns the messages sent. */
    List<Integer> gossip() {
        List<Integer> sent = new ArrayList<>();
        for (NodeId from : sim.servers()) {
            if (!sim.isUp(from)) continue;
            StateMessage snapshot = new StateMessage(replica(from).state());
            sim.runAt(from, ctx -> {
                for (NodeId to : ctx.servers()) {
                    if (!to.equals(from)) sent.add(ctx.send(to, snapshot));
                }
            });
        }
        return sent;
    }

    private Replica<S> replica(NodeId node) {
        if (sim.kind(node) != NodeKind.SERVER) {
            throw new LabException(node + " is a client, not a " + type.name() + " replica (replicas: " + replicaNames() + ")");
        }
        return sim.storage(node, replicas);
    }

    private String replicaNames() {
        return String.join(" ", sim.servers().stream().map(NodeId::name).toList());
    }

    /** A replica's current state (persistent: readable while the replica is down too). */
    S state(NodeId node) {
        return replica(node).state();
    }

    // ---- paths and views ----

    @Override
    public List<PathSpec> paths() {
        List<PathSpec> out = new ArrayList<>(COMMON_PATHS.subList(0, 2));
        out.addAll(type.paths());
        out.addAll(COMMON_PATHS.subList(2, COMMON_PATHS.size()));
        return out;
    }

    @Override
    public Value nodeValue(NodeId node, String field) {
        if (sim.kind(node) != NodeKind.SERVER) return null;
        S state = state(node);
        if (field.equals("value")) return type.value(state);
        if (field.equals("state")) return Value.text(state.toString());
        return type.field(state, field, sim.servers());
    }

    @Override
    public Value clusterValue(String field) {
        return switch (field) {
            case "converged" -> Value.of(upReplicasAgree(true));
            case "identical" -> Value.of(upReplicasAgree(false));
            default -> null;
        };
    }

    /**
     * Converged when every up replica has the same value; identical when they hold the same
     * state, internals included (an LWW set can agree on its value and still differ in the
     * removes it knows of).
     */
    private boolean upReplicasAgree(boolean byValue) {
        Object first = null;
        for (NodeId node : sim.servers()) {
            if (!sim.isUp(node)) continue;
            Object seen = byValue ? type.value(state(node)).show() : state(node);
            if (first == null) first = seen;
            else if (!first.equals(seen)) return false;
        }
        return true;
    }

    @Override
    public Table clusterTable() {
        return CrdtTable.build(sim, type, this::state);
    }
}
