package distlab.protocol.spanner;

import distlab.protocol.PathSpec;
import distlab.protocol.client.Op;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.List;

/** The spanner protocol's paths (docs/commands.md, protocol "spanner"), declared once and answered here. */
final class SpannerPaths {
    static final List<PathSpec> CATALOG = List.of(
            PathSpec.server("tt", "TrueTime now at this node: [earliest, latest], its clock reading ± epsilon"),
            PathSpec.server("tt.earliest", "TT.now().earliest: the true time is certainly not before it"),
            PathSpec.server("tt.latest", "TT.now().latest: the true time is certainly not after it"),
            PathSpec.server("versions.KEY", "every version of KEY in this node's shard, oldest first ([1@107ms, 2@215ms])"),
            PathSpec.server("waiting", "the transactions in commit wait here"),
            PathSpec.op("ts", "its timestamp: a transaction's commit timestamp, a read's snapshot timestamp; none until it has one"),
            PathSpec.op("wait", "how long it waited (true time): commit wait, or a read's wait for its snapshot; none until done"),
            PathSpec.op("at", "the node that ran it"),
            PathSpec.cluster("externallyconsistent", "whenever op A completed before op B was invoked, in true time, A's timestamp is below B's"),
            PathSpec.cluster("anomaly", "the first pair of ops whose timestamps contradict real-time order, or none"),
            PathSpec.cluster("truetime", "every up node's TT.now() contains the true time (every clock is within epsilon)"));

    private final SpannerModule module;
    private final Simulation sim;

    SpannerPaths(SpannerModule module) {
        this.module = module;
        this.sim = module.sim();
    }

    List<String> expand(NodeId node, PathSpec pattern) {
        List<String> out = new ArrayList<>();
        if (pattern.field().equals("versions.KEY")) for (String key : module.shard(node).versions().keySet()) out.add("versions." + key);
        return out;
    }

    Value node(NodeId node, String field) {
        if (sim.kind(node) != NodeKind.SERVER) return null;
        if (field.startsWith("versions.")) {
            List<Version> versions = module.shard(node).versions().getOrDefault(field.substring("versions.".length()), List.of());
            return new Value.ListOf(versions.stream().map(v -> Value.text(v.toString())).toList());
        }
        return switch (field) {
            case "tt" -> new Value.ListOf(List.of(new Value.Duration(module.trueTime(node).earliest()), new Value.Duration(module.trueTime(node).latest())));
            case "tt.earliest" -> new Value.Duration(module.trueTime(node).earliest());
            case "tt.latest" -> new Value.Duration(module.trueTime(node).latest());
            case "waiting" -> new Value.ListOf(module.shard(node).waiting().keySet().stream().map(op -> Value.text("op" + op)).toList());
            case "versions" -> throw new LabException(node + ".versions needs a key: " + node + ".versions.KEY");
            default -> null;
        };
    }

    Value cluster(String field) {
        return switch (field) {
            case "externallyconsistent" -> Value.of(module.anomaly() == null);
            case "anomaly" -> Value.text(module.anomaly());
            case "truetime" -> Value.of(trueTimeHolds());
            default -> null;
        };
    }

    Value op(Op op, String field) {
        if (!(op.request() instanceof SpannerRequest r)) return null;
        SpannerLedger.Stamp s = module.ledger().stamp(op.id());
        return switch (field) {
            case "ts" -> s == null ? Value.NONE : new Value.Duration(s.ts());
            case "wait" -> s == null || s.waited() < 0 ? Value.NONE : new Value.Duration(s.waited());
            case "at" -> Value.text(r.at().name());
            default -> null;
        };
    }

    /** Every up node's interval contains the true time. */
    boolean trueTimeHolds() {
        for (NodeId n : sim.servers()) if (sim.isUp(n) && !module.trueTime(n).contains(sim.now())) return false;
        return true;
    }
}
