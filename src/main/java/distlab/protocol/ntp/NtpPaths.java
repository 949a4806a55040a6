package distlab.protocol.ntp;

import distlab.protocol.PathSpec;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.List;

/**
 * The ntp protocol's paths (docs/commands.md): a node's last exchange {@code NODE.ntp.*} and
 * last Berkeley correction {@code NODE.berkeley.*}, each none until there is one. The clocks'
 * own paths ({@code NODE.clock}, {@code NODE.offset}, ...) are the kernel's.
 */
final class NtpPaths {
    static final List<PathSpec> CATALOG = List.of(
            PathSpec.server("ntp.server", "the node its last exchange asked"),
            PathSpec.server("ntp.t1", "its clock when its last request left"),
            PathSpec.server("ntp.t2", "the server's clock when the request arrived (none with cristian)"),
            PathSpec.server("ntp.t3", "the server's clock when the response left"),
            PathSpec.server("ntp.t4", "its clock when the response arrived"),
            PathSpec.server("ntp.delay", "δ = (t4 - t1) - (t3 - t2): the network's share of the round trip (cristian: t4 - t1)"),
            PathSpec.server("ntp.estimate", "θ = ((t2 - t1) + (t3 - t4)) / 2: how far the server's clock is ahead of its own"),
            PathSpec.server("ntp.action", "slew (|θ| < 125ms), step (< 1000s) or panic (clock left alone)"),
            PathSpec.server("ntp.error", "|θ - the true offset| when the response arrived (only the lab knows it)"),
            PathSpec.server("ntp.bound", "δ/2 (rounded up): the error cannot exceed it while the clocks keep their rates"),
            PathSpec.server("berkeley.adjust", "the correction its last Berkeley round gave it (the master's: the average)"),
            PathSpec.server("berkeley.action", "what it did with that correction: slew, step or panic"),
            PathSpec.cluster("exchanges", "exchanges completed"),
            PathSpec.cluster("withinbound", "every exchange's estimate θ lay within δ/2 of the true offset"));

    private static final List<String> EXCHANGE_FIELDS = CATALOG.stream().map(PathSpec::field)
            .filter(f -> f.startsWith("ntp.")).map(f -> f.substring(4)).toList();

    private final NtpModule module;

    NtpPaths(NtpModule module) {
        this.module = module;
    }

    Value node(NodeId node, String field) {
        SyncLog log = module.log(node);
        if (field.startsWith("ntp.")) return exchange(log.lastExchange(), field.substring(4));
        if (field.startsWith("berkeley.")) {
            SyncLog.Adjustment a = log.lastAdjustment();
            return switch (field) {
                case "berkeley.adjust" -> a == null ? Value.NONE : new Value.Duration(a.amount());
                case "berkeley.action" -> a == null ? Value.NONE : Value.text(a.action().word());
                default -> null;
            };
        }
        return null;
    }

    /** A field of the last exchange: none before there is one, null if {@code field} names none. */
    private static Value exchange(Exchange e, String field) {
        if (!EXCHANGE_FIELDS.contains(field)) return null;
        if (e == null) return Value.NONE;
        return switch (field) {
            case "server" -> Value.text(e.server().name());
            case "t1" -> new Value.Duration(e.t1());
            case "t2" -> e.t2() == null ? Value.NONE : new Value.Duration(e.t2());
            case "t3" -> new Value.Duration(e.t3());
            case "t4" -> new Value.Duration(e.t4());
            case "delay" -> new Value.Duration(e.delay());
            case "estimate" -> new Value.Duration(e.estimate());
            case "action" -> Value.text(e.action().word());
            case "error" -> new Value.Duration(e.error());
            default -> new Value.Duration(e.bound());
        };
    }

    Value cluster(String field) {
        return switch (field) {
            case "exchanges" -> Value.of(module.referee().exchanges());
            case "withinbound" -> Value.of(module.referee().firstBreach() == null);
            default -> null;
        };
    }
}
