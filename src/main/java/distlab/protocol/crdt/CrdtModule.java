package distlab.protocol.crdt;

import distlab.protocol.Param;
import distlab.protocol.ProtocolModule;
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
 * SPEC §6 "crdt": state-based CRDT replicas of one {@link CrdtType}. Updates are local events
 * at one replica; {@code sync} and {@code gossip} send whole states as messages, so delay,
 * loss, duplication and partitions apply, and the receiver merges (lecture 7.3). A replica's
 * state is persistent: it survives crash and restart, like data on disk.
 */
public final class CrdtModule<S extends CrdtState<S>> implements ProtocolModule, CrdtReplicas {
    /** Updates per session: bounds every replica's state, and so every merge. */
    public static final int MAX_UPDATES = 10_000;

    private final CrdtType<S> type;
    private final AntiEntropy gossip = new AntiEntropy();
    private Simulation sim;
    private int updates;

    public CrdtModule(CrdtType<S> type) {
        this.type = type;
    }

    @Override public String name() { return type.name(); }

    @Override public String summary() { return type.summary(); }

    @Override
    public Protocol servers() {
        return new Protocol() {
            @Override public String name() { return type.name(); }

            @Override public Object newStorage(NodeId node) { return new Replica<>(type.empty()); }

            @Override
            @SuppressWarnings("unchecked")
            public Process newProcess(NodeId node, Object storage) {
                return new CrdtProcess<>(type.stateClass(), (Replica<S>) storage, gossip);
            }
        };
    }

    @Override
    public void attach(Simulation simulation) {
        this.sim = simulation;
    }

    @Override
    public List<Param> params() {
        List<Param> out = new ArrayList<>(type.params());
        out.add(gossip.param(sim));
        return out;
    }

    // ---- updates and replication (CrdtReplicas) ----

    @Override
    public void checkTakes(String verb) {
        if (type.usages().stream().noneMatch(u -> u.startsWith(verb + " "))) throw unfit(verb, Update.fits(verb));
    }

    private LabException unfit(String verb, String fits) {
        return new LabException(verb + " works on " + fits + ", but this session runs " + type.name()
                + ", which takes: " + String.join(", ", type.usages()));
    }

    @Override
    public String update(NodeId node, Update update) {
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
        Stamp stamp = new Stamp(sim.lamport(node) + 1L, node);
        S after = type.apply(before, node, update, stamp);
        sim.runAt(node, ctx -> {
            ctx.local(update.label());
            if (sim.lamport(node) != stamp.lamport()) throw new IllegalStateException("stamp " + stamp + " is not the local event's");
            replica.replace(after);
        });
        updates++;
        return type.note(before, after, update, node);
    }

    @Override
    public int sync(NodeId from, NodeId to) {
        Replica<S> source = replica(from);
        replica(to);
        if (from.equals(to)) throw new LabException("a replica cannot sync to itself (FROM and TO are both " + from + ")");
        if (!sim.isUp(from)) throw new LabException(from + " is down (restart " + from + " first)");
        return sim.send(from, to, new StateMessage(source.state()));
    }

    @Override
    public List<Integer> gossip() {
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

    @SuppressWarnings("unchecked")
    private Replica<S> replica(NodeId node) {
        if (sim.kind(node) != NodeKind.SERVER) {
            throw new LabException(node + " is a client, not a " + type.name() + " replica (replicas: " + replicaNames() + ")");
        }
        return (Replica<S>) sim.storage(node);
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
    public Value nodeValue(NodeId node, String field) {
        if (sim.kind(node) != NodeKind.SERVER) return null;
        S state = state(node);
        if (field.equals("value")) return type.value(state);
        if (field.equals("state")) return Value.text(state.toString());
        return type.field(state, field, sim.servers());
    }

    @Override
    public List<String> nodeFields(NodeId node) {
        if (sim.kind(node) != NodeKind.SERVER) return List.of();
        List<String> out = new ArrayList<>(List.of("value", "state"));
        out.addAll(type.fields());
        return out;
    }

    @Override
    public Value clusterValue(String field) {
        return switch (field) {
            case "converged" -> Value.of(upReplicasAgree(true));
            case "identical" -> Value.of(upReplicasAgree(false));
            default -> null;
        };
    }

    @Override
    public List<String> clusterFields() {
        return List.of("converged", "identical");
    }

    /**
     * SPEC §6: converged when every up replica has the same value; identical when they hold
     * the same state, internals included (an LWW set can agree on its value and still differ
     * in the removes it knows of).
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
