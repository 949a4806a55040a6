package distlab.protocol.broadcast;

import distlab.protocol.PathSpec;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The broadcast protocols' paths for {@code show}/{@code expect} (docs/commands.md):
 * {@code NODE.delivered holdback waiting got kv.KEY}, a broadcast's {@code b1.sender payload
 * seq deliveredBy}, and {@code cluster.fifo causal total reliable converged}. A down node's
 * state reads as it is on its disk.
 */
final class BroadcastPaths {
    static final List<PathSpec> CATALOG = List.of(
            PathSpec.server("delivered", "the broadcasts it delivered, in delivery order: [b1, b3, b2]"),
            PathSpec.server("holdback", "the broadcasts it received but holds back, not yet delivered"),
            PathSpec.server("waiting", "each held-back broadcast and what it waits for"),
            PathSpec.server("got", "how many of each node's broadcasts it delivered, in node order (causal: the delivered-count vector)"),
            PathSpec.server("kv", "apply=kv: its whole store, {k=v, ...}"),
            PathSpec.server("kv.KEY", "apply=kv: the value of KEY in its store, or none"),
            PathSpec.object("sender", "a broadcast (ID: b1, b2, ...): the node that broadcast it"),
            PathSpec.object("payload", "what it carries, or none"),
            PathSpec.object("seq", "its number in its sender's stream, from 0"),
            PathSpec.object("deliveredBy", "the nodes that delivered it, in delivery order"),
            PathSpec.cluster("fifo", promise("fifo") + ", so far"),
            PathSpec.cluster("causal", promise("causal") + ", so far"),
            PathSpec.cluster("total", promise("total") + ", so far"),
            PathSpec.cluster("reliable", "every broadcast some up node delivered, every up node delivered"),
            PathSpec.cluster("converged", "apply=kv: every up node's store is the same"),
            PathSpec.cluster("broadcasts", "how many broadcasts have started"),
            PathSpec.cluster("violations", "for each order broken so far, the first delivery that broke it"));

    private static final List<String> ORDERS = List.of("fifo", "causal", "total");

    private final BroadcastModule module;

    BroadcastPaths(BroadcastModule module) {
        this.module = module;
    }

    /** What each order promises of the deliveries (lecture 4.2). */
    static String promise(String order) {
        return switch (order) {
            case "fifo" -> "every node delivered each sender's broadcasts in the order they were sent";
            case "causal" -> "every node delivered each broadcast after all broadcasts that happened before it";
            case "total" -> "no two nodes delivered two broadcasts in opposite orders";
            default -> throw new IllegalArgumentException(order);
        };
    }

    /** The first delivery that broke an order, or null. */
    static String violation(BroadcastLog log, String order) {
        return switch (order) {
            case "fifo" -> log.fifoViolation();
            case "causal" -> log.causalViolation();
            case "total" -> log.totalViolation();
            default -> throw new IllegalArgumentException(order);
        };
    }

    /** The broadcast an id such as {@code b3} names, or null. */
    static Broadcast find(BroadcastLog log, String id) {
        return id.matches("b\\d{1,9}") ? log.find(Integer.parseInt(id.substring(1))) : null;
    }

    Value node(NodeId node, String field) {
        Simulation sim = module.sim();
        BroadcastNode state = module.storage(node);
        if (field.startsWith("kv.")) return Value.text(state.store().get(field.substring(3)));
        return switch (field) {
            case "delivered" -> ids(module.log().delivered(node));
            case "holdback" -> ids(state.layer().holdback(sim.servers()).stream().map(BroadcastLayer.Held::broadcast).toList());
            case "waiting" -> new Value.ListOf(state.layer().holdback(sim.servers()).stream()
                    .map(h -> Value.text(h.broadcast() + " (" + h.reason() + ")")).toList());
            case "got" -> new Value.Vector(module.log().got(node, sim.nodes().size()));
            case "kv" -> Value.text(store(state.store()));
            default -> null;
        };
    }

    static Value ids(List<Broadcast> broadcasts) {
        return new Value.ListOf(broadcasts.stream().map(b -> Value.text(b.id())).toList());
    }

    static String store(Map<String, String> data) {
        return data.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "{", "}"));
    }

    Value object(String id, String field) {
        Broadcast b = find(module.log(), id);
        if (b == null) throw new LabException("unknown broadcast '" + id + "'");
        return switch (field) {
            case "sender" -> Value.text(b.sender().name());
            case "payload" -> b.payload() == null || b.payload().toString().isEmpty() ? Value.NONE : Value.text(b.payload().toString());
            case "seq" -> Value.of(b.seq());
            case "deliveredBy" -> new Value.ListOf(module.log().receivers(b).stream().map(n -> Value.text(n.name())).toList());
            default -> null;
        };
    }

    Value cluster(String field) {
        BroadcastLog log = module.log();
        return switch (field) {
            case "fifo", "causal", "total" -> Value.of(violation(log, field) == null);
            case "reliable" -> Value.of(log.unreliability(module.upNodes()) == null);
            case "converged" -> Value.of(converged());
            case "broadcasts" -> Value.of(log.count());
            case "violations" -> {
                List<Value> out = new ArrayList<>();
                for (String order : ORDERS) if (violation(log, order) != null) out.add(Value.text(order + ": " + violation(log, order)));
                yield new Value.ListOf(out);
            }
            default -> null;
        };
    }

    private boolean converged() {
        Map<String, String> first = null;
        for (NodeId node : module.upNodes()) {
            Map<String, String> store = module.storage(node).store();
            if (first == null) first = store;
            else if (!first.equals(store)) return false;
        }
        return true;
    }
}
