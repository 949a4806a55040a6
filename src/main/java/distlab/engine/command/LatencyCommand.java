package distlab.engine.command;

import static distlab.protocol.command.WordKind.DURATION;
import static distlab.protocol.command.WordKind.NODE;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.net.LatencyRange;
import distlab.sim.node.NodeId;
import java.util.List;

/** {@code latency MIN[..MAX] [FROM TO]}: link latency, every link or one direction. */
final class LatencyCommand extends KernelCommand {
    private static final String USAGE = "latency MIN[..MAX] [FROM TO]";

    static final CommandSpec SPEC = CommandSpec.named("latency").synopsis(USAGE)
            .describe("Link latency, uniform in MIN..MAX, drawn from the seeded RNG (default 5..15ms).",
                    "Without FROM TO it sets every link (and clears per-link settings); FROM TO (or FROM->TO) sets that one direction.",
                    "Without arguments it shows the latencies.")
            .word("RANGE", DURATION, Arity.OPTIONAL).word("LINK", NODE, Arity.ANY)
            .example("latency 20ms", "latency 5..50ms", "latency 100ms n1 n2")
            .body(new LatencyCommand());

    @Override
    void run(Invocation in) {
        String first = in.word("RANGE");
        if (first == null) {
            in.println("latency " + in.sim().network().defaultLatency());
            for (long[] link : in.sim().network().linkOverrides()) {
                in.println("latency " + new LatencyRange(link[2], link[3]) + " " + in.sim().node((int) link[0])
                        + " " + in.sim().node((int) link[1]));
            }
            return;
        }
        LatencyRange range = LatencyRange.parse(first);
        List<String> link = Links.endpoints(in.words("LINK"), USAGE);
        if (link.isEmpty()) {
            in.sim().network().setDefaultLatency(range);
            in.println("latency " + range + " on every link");
            return;
        }
        NodeId from = in.node(link.get(0));
        NodeId to = in.node(link.get(1));
        in.sim().network().setLinkLatency(from.index(), to.index(), range);
        in.println("latency " + range + " from " + from + " to " + to);
    }
}
