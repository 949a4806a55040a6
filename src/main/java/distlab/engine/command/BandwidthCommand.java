package distlab.engine.command;

import static distlab.protocol.command.WordKind.NODE;
import static distlab.protocol.command.WordKind.WORD;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.net.Bandwidth;
import distlab.sim.node.NodeId;
import java.util.List;

/** {@code bandwidth RATE [FROM TO]}: a link's data rate, every link or one direction (lecture 1.2). */
final class BandwidthCommand extends KernelCommand {
    private static final String USAGE = "bandwidth RATE [FROM TO]";

    static final CommandSpec SPEC = CommandSpec.named("bandwidth").synopsis(USAGE)
            .describe("Link bandwidth (default unlimited): a message sent with a size (send ... --size 2MB, or a",
                    "protocol's sized message) takes latency + size / bandwidth. Rates in bits per second (1Mbps,",
                    "56kbps, 10Gbps) or bytes per second (2MB/s); unlimited removes the limit. Without FROM TO it",
                    "sets every link (and clears per-link settings); FROM TO (or FROM->TO) sets that one direction.",
                    "Without arguments it shows the bandwidths.")
            .word("RATE", WORD, Arity.OPTIONAL).word("LINK", NODE, Arity.ANY)
            .example("bandwidth 1Mbps", "bandwidth 10Gbps n1 n2", "bandwidth unlimited")
            .body(new BandwidthCommand());

    @Override
    void run(Invocation in) {
        String rate = in.word("RATE");
        if (rate == null) {
            in.println("bandwidth " + in.sim().network().defaultBandwidth());
            for (long[] link : in.sim().network().bandwidthOverrides()) {
                in.println("bandwidth " + new Bandwidth(link[2]) + " " + in.sim().node((int) link[0]) + " " + in.sim().node((int) link[1]));
            }
            return;
        }
        Bandwidth parsed = Bandwidth.parse(rate);
        List<String> link = Links.endpoints(in.words("LINK"), USAGE);
        if (link.isEmpty()) {
            in.sim().network().setDefaultBandwidth(parsed);
            in.println("bandwidth " + parsed + " on every link");
            return;
        }
        NodeId from = in.node(link.get(0));
        NodeId to = in.node(link.get(1));
        in.sim().network().setLinkBandwidth(from.index(), to.index(), parsed);
        in.println("bandwidth " + parsed + " from " + from + " to " + to);
    }
}
