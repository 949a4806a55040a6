package distlab.protocol.ntp;

import distlab.protocol.PathSpec;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import java.util.List;
import java.util.function.Function;

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

    private static Value exchange(Exchange e, String field) {
        Function<Exchange, Value> read = switch (field) {
            case "server" -> x -> Value.text(x.server().name());
            case "t1" -> x -> new Value.Duration(x.t1());
            case "t2" -> x -> x.t2() == null ? Value.NONE : new Value.Duration(x.t2());
            case "t3" -> x -> new Value.Duration(x.t3());
            case "t4" -> x -> new Value.Duration(x.t4());
            case "delay" -> x -> new Value.Duration(x.delay());
            case "estimate" -> x -> new Value.Duration(x.estimate());
            case "action" -> x -> Value.text(x.action().word());
            case "error" -> x -> new Value.Duration(x.error());
            case "bound" -> x -> new Value.Duration(x.bound());
            default -> null;
        };
        if (read == null) return null;
        return e == null ? Value.NONE : read.apply(e);
    }

    Value cluster(String field) {
        return switch (field) {
            case "exchanges" -> Value.of(module.referee().exchanges());
            case "withinbound" -> Value.of(module.referee().firstBreach() == null);
            default -> null;
        };
    }
}
