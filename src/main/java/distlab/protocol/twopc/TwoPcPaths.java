package distlab.protocol.twopc;

import distlab.protocol.PathSpec;
import distlab.protocol.client.Op;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The twopc protocol's paths (docs/commands.md, protocol "twopc"), declared once and answered here. */
final class TwoPcPaths {
    static final List<PathSpec> CATALOG = List.of(
            PathSpec.server("role", "coordinator (n1) or participant"),
            PathSpec.server("state.OP", "where it stands on a transaction: working, prepared, committed, aborted, or none"),
            PathSpec.server("locks", "the keys it holds locked, with the transaction holding each ([x:op1])"),
            PathSpec.server("kv.KEY", "the committed value of KEY here, or none"),
            PathSpec.server("vote", "how it votes from now on: yes, or no (vote NODE yes|no)"),
            PathSpec.server("suspects", "ft=on: the nodes its failure detector suspects"),
            PathSpec.op("participants", "the participants a transaction writes at"),
            PathSpec.op("decision", "the coordinator's decision (commit or abort), or none yet"),
            PathSpec.cluster("atomic", "no transaction is committed at one participant and aborted at another"),
            PathSpec.cluster("violation", "the first transaction committed somewhere and aborted elsewhere, or none"),
            PathSpec.cluster("blocked", "transactions some up participant holds prepared with no decision ([op1])"),
            PathSpec.cluster("sequencer", "ft=on: the node that orders the votes"));

    private final TwoPcModule module;
    private final Simulation sim;

    TwoPcPaths(TwoPcModule module) {
        this.module = module;
        this.sim = module.sim();
    }

    List<String> expand(NodeId node, PathSpec pattern) {
        List<String> out = new ArrayList<>();
        if (pattern.field().equals("state.OP")) for (int txn : known(node)) out.add("state.op" + txn);
        if (pattern.field().equals("kv.KEY")) for (String key : participant(node).kv().keySet()) out.add("kv." + key);
        return out;
    }

    Value node(NodeId node, String field) {
        if (sim.kind(node) != NodeKind.SERVER) return null;
        boolean coordinator = node.equals(TwoPcShared.coordinator(sim.servers()));
        if (field.startsWith("state.")) return Value.text(state(node, field.substring("state.".length())));
        if (field.startsWith("kv.")) return Value.text(participant(node).kv().get(field.substring(3)));
        return switch (field) {
            case "role" -> Value.text(coordinator ? "coordinator" : "participant");
            case "locks" -> new Value.ListOf(locks(node).entrySet().stream().map(e -> Value.text(e.getKey() + ":op" + e.getValue())).toList());
            case "vote" -> Value.text(coordinator ? "none" : participant(node).votesYes() ? "yes" : "no");
            case "suspects" -> names(module.process(node) == null ? List.of() : module.process(node).suspects());
            case "state", "kv" -> throw new LabException(node + "." + field + " needs a name: " + node + "." + field
                    + (field.equals("kv") ? ".KEY" : ".OP (e.g. " + node + ".state.op1)"));
            default -> null;
        };
    }

    Value cluster(String field) {
        return switch (field) {
            case "atomic" -> Value.of(module.shared().ledger.violation() == null);
            case "violation" -> Value.text(module.shared().ledger.violation());
            case "blocked" -> new Value.ListOf(blocked().stream().map(t -> Value.text("op" + t)).toList());
            case "sequencer" -> Value.text(sim.servers().isEmpty() ? "none" : module.shared().sequencer(sim.servers()).name());
            default -> null;
        };
    }

    Value op(Op op, String field) {
        if (!(op.request() instanceof Transaction t)) return null;
        return switch (field) {
            case "participants" -> names(t.participants());
            case "decision" -> {
                NodeId c = TwoPcShared.coordinator(sim.servers());
                Outcome o = module.process(c) != null ? module.process(c).outcomeHere(op.id()) : module.disk(c).coordinator.decision(op.id());
                yield Value.text(o == null ? "none" : o.word());
            }
            default -> null;
        };
    }

    // ---- shared with the pane ----

    private ParticipantLog participant(NodeId node) {
        return module.disk(node).participant;
    }

    /** The node's state on transaction {@code name} (op7), as its word; none when it knows nothing of it. */
    private String state(NodeId node, String name) {
        if (!name.matches("op[1-9]\\d{0,8}")) throw new LabException("'" + name + "' is not an op id (e.g. " + node + ".state.op1)");
        TxnState s = state(module, node, Integer.parseInt(name.substring(2)));
        return s == null ? "none" : s.word();
    }

    /** Where a node stands on a transaction: a participant's state; the coordinator's decision, or working until it decides. */
    static TxnState state(TwoPcModule module, NodeId node, int txn) {
        Disk disk = module.disk(node);
        TwoPcNode process = module.process(node);
        if (node.equals(TwoPcShared.coordinator(module.sim().servers()))) {
            Outcome o = process != null ? process.outcomeHere(txn) : disk.coordinator.decision(txn);
            if (o != null) return o.state();
            return disk.coordinator.knows(txn) ? TxnState.WORKING : null;
        }
        if (process instanceof Participant p) return p.state(txn);
        Outcome o = disk.participant.outcome(txn);
        if (o != null) return o.state();
        return disk.participant.prepared(txn) != null ? TxnState.PREPARED : null;
    }

    /** Transactions the node knows of, in op order. */
    Set<Integer> known(NodeId node) {
        Disk disk = module.disk(node);
        Set<Integer> out = new TreeSet<>(disk.participant.outcomes().keySet());
        out.addAll(disk.participant.inDoubt());
        for (CoordinatorLog.Begun b : disk.coordinator.all()) out.add(b.txn());
        if (module.process(node) instanceof Participant p) out.addAll(p.working());
        return out;
    }

    /** Key to holding transaction. A down participant holds what it is prepared for: it takes those locks again on restart. */
    Map<String, Integer> locks(NodeId node) {
        if (module.process(node) instanceof Participant p) return new TreeMap<>(p.locks());
        Map<String, Integer> out = new TreeMap<>();
        ParticipantLog log = participant(node);
        for (int txn : log.inDoubt()) for (String key : log.prepared(txn).writes().keySet()) out.put(key, txn);
        return out;
    }

    /** Transactions some up participant holds prepared with no decision. */
    Set<Integer> blocked() {
        Set<Integer> out = new TreeSet<>();
        NodeId coordinator = TwoPcShared.coordinator(sim.servers());
        for (NodeId n : sim.servers()) if (!n.equals(coordinator) && sim.isUp(n)) out.addAll(participant(n).inDoubt());
        return out;
    }

    private static Value names(List<NodeId> nodes) {
        return new Value.ListOf(nodes.stream().map(n -> Value.text(n.name())).toList());
    }
}
