package distlab.protocol.crdt;

import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.protocol.Table;
import distlab.protocol.broadcast.BroadcastLog;
import distlab.protocol.broadcast.BroadcastOptions;
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
 * docs/commands.md, the CRDT protocols: CRDT replicas of one {@link CrdtType}. Updates are
 * local events at one replica. State-based (the default): {@code sync} and {@code gossip} send
 * whole states as messages, so delay, loss, duplication and partitions apply, and the receiver
 * merges (lecture 7.3). Op-based ({@code config replication=op}): each update is broadcast as
 * an operation by causal broadcast ({@code delivery=any}: in any order) and every replica
 * applies it; {@code sync} then resends delivered operations, for a network that lost some.
 * A replica's state is persistent: it survives crash and restart, like data on disk.
 */
public final class CrdtModule<S extends CrdtState<S>> implements ProtocolModule, Syncable {
    /** Updates per session: bounds every replica's state, and so every merge. */
    public static final int MAX_UPDATES = 10_000;
    private static final List<PathSpec> COMMON_PATHS = List.of(
            PathSpec.server("value", "the replica's value: a count, a register's value (none if unset), or a set {a,b}"),
            PathSpec.server("state", "the replica's whole internal state"),
            PathSpec.server("delivered", "replication=op: the operations (broadcasts) it has delivered, in order"),
            PathSpec.server("holdback", "replication=op: operations received but held back until those they depend on arrive"),
            PathSpec.cluster("converged", "every up replica has the same value"),
            PathSpec.cluster("identical", "every up replica has the same internal state"),
            PathSpec.cluster("causal", "replication=op: every replica delivered each operation after those that happened before it"),
            PathSpec.cluster("consistent", "replication=op: replicas that delivered the same operations hold the same state"));
    static final Property CAUSAL = new Property("causal",
            "op-based replication: each replica applies an operation only after every operation that happened before it (delivery=any breaks it)");
    static final Property CONSISTENT = new Property("consistent",
            "op-based replication: replicas that delivered the same operations hold the same state (strong convergence)");

    private final CrdtType<S> type;
    private final AntiEntropy gossip = new AntiEntropy();
    private final Settings settings;
    private final Protocol<Replica<S>> replicas;
    private final BroadcastLog log = new BroadcastLog();
    private final BroadcastOptions options = new BroadcastOptions();
    private final OpChecks checks = new OpChecks();
    private final Set<String> reported = new LinkedHashSet<>();
    private Simulation sim;
    private int updates;

    public CrdtModule(CrdtType<S> type) {
        this.type = type;
        List<Setting<?>> declared = new ArrayList<>(type.settings());
        declared.add(AntiEntropy.SETTING);
        declared.add(Replication.SETTING);
        declared.add(Delivery.SETTING);
        this.settings = new Settings(declared);
        type.bind(settings);
        this.replicas = new Protocol<>() {
            @Override public String name() { return type.name(); }
            @Override public Replica<S> newStorage(NodeId node) { return new Replica<>(type.empty(), newStream(node)); }
            @Override public Process newProcess(NodeId node, Replica<S> storage) {
                return new CrdtProcess<>(type, storage, gossip, settings, checks);
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

    private OpStream newStream(NodeId node) {
        return new OpStream(node, log, options, settings.get(Delivery.SETTING));
    }

    boolean opBased() {
        return settings.get(Replication.SETTING) == Replication.OP;
    }

    /** replication and delivery are fixed once an update is made: replicas of both kinds do not mix. */
    @Override
    public List<String> settingsChanged(List<String> keys) {
        for (Setting<?> fixed : List.of(Replication.SETTING, Delivery.SETTING)) {
            if (keys.contains(fixed.key()) && updates > 0) {
                throw new LabException(fixed.key() + " is fixed once an update has been made (reset, and config " + fixed.key() + "="
                        + settings.show(fixed.key()) + " before the first update)");
            }
        }
        if (keys.contains(Delivery.SETTING.key())) {
            for (NodeId node : sim.servers()) replica(node).replaceStream(newStream(node));
        }
        if (keys.contains(AntiEntropy.SETTING.key())) gossip.restart(sim, settings.get(AntiEntropy.SETTING));
        List<String> notes = new ArrayList<>();
        if (keys.contains(Delivery.SETTING.key()) && !opBased()) {
            notes.add("delivery applies to op-based replication: config replication=op to use it");
        }
        return notes;
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
        Stamp stamp = type.stamp(logical, sim.clock(node).reading(sim.now()));
        S applied = type.apply(before, node, update, stamp);
        // Op-based: the operation is prepared from the state before the update, and the replica
        // applies it as every other replica will (its own delivery is immediate).
        CrdtOp op = opBased() ? type.prepare(before, node, update, stamp) : null;
        S after = op == null ? applied : type.effect(before, op);
        sim.runAt(node, ctx -> {
            ctx.local(update.label());
            if (sim.lamport(node) != logical.lamport()) throw new IllegalStateException("stamp " + logical + " is not the local event's");
            if (op != null) replica.stream().broadcast(ctx, op);
            replica.replace(after);
        });
        updates++;
        return type.note(before, after, update, node);
    }

    /**
     * {@code from} sends its whole state to {@code to} as a message (op-based: the operations it
     * has delivered); returns its number.
     */
    @Override
    public int sync(NodeId from, NodeId to) {
        Replica<S> source = replica(from);
        replica(to);
        if (from.equals(to)) throw new LabException("a replica cannot sync to itself (FROM and TO are both " + from + ")");
        if (!sim.isUp(from)) throw new LabException(from + " is down (restart " + from + " first)");
        return sim.send(from, to, snapshot(source));
    }

    /** What a replica sends to another: its state, or with replication=op its delivered operations. */
    Object snapshot(Replica<S> source) {
        return opBased() ? source.stream().catchup(sim.servers().size()) : new StateMessage(source.state());
    }

    /** Every up replica syncs to every other, in node order; returns the messages sent. */
    @Override
    public List<Integer> gossip() {
        List<Integer> sent = new ArrayList<>();
        for (NodeId from : sim.servers()) {
            if (!sim.isUp(from)) continue;
            Object snapshot = snapshot(replica(from));
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
        if (field.equals("delivered")) return new Value.ListOf(log.delivered(node).stream().map(b -> Value.text(b.id())).toList());
        if (field.equals("holdback")) {
            return new Value.ListOf(replica(node).stream().holdback(sim.servers()).stream().map(h -> Value.text(h.broadcast().id())).toList());
        }
        return type.field(state, field, sim.servers());
    }

    @Override
    public Value clusterValue(String field) {
        return switch (field) {
            case "converged" -> Value.of(upReplicasAgree(true));
            case "identical" -> Value.of(upReplicasAgree(false));
            case "causal" -> Value.of(causalViolation() == null);
            case "consistent" -> Value.of(inconsistency() == null);
            default -> null;
        };
    }

    /** The first operation delivered out of causal order (a remove before its add), or null. */
    private String causalViolation() {
        String early = checks.outOfOrder();
        return early != null ? early : log.causalViolation();
    }

    /** Two replicas that delivered the same operations but hold different states, or null. */
    private String inconsistency() {
        if (!opBased()) return null;
        return log.sameDeliveriesDifferentStates(sim.servers(), this::state, node -> type.value(state(node)).show(), "operations");
    }

    @Override
    public List<Property> properties() {
        return List.of(CAUSAL, CONSISTENT);
    }

    /** A broken promise of op-based replication is reported once, as UNSAFE (like a broadcast order). */
    @Override
    public List<String> takeNotices() {
        List<String> out = new ArrayList<>();
        if (!opBased()) return out;
        String early = causalViolation();
        if (early != null && reported.add("causal")) out.add("UNSAFE: causal: " + early);
        String split = inconsistency();
        if (split != null && reported.add("consistent")) out.add("UNSAFE: consistent: " + split);
        return out;
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
        return CrdtTable.build(sim, type, this::state, opBased() ? node -> replica(node).stream().holdback(sim.servers()) : null);
    }
}
