package distlab.engine.command;

import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.net.LatencyRange;
import distlab.sim.node.NodeId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "latency", customSynopsis = "latency MIN[..MAX] [FROM TO]",
        description = {"Link latency, uniform in MIN..MAX, drawn from the seeded RNG (default 5..15ms).",
                "Without FROM TO it sets every link (and clears per-link settings); FROM TO (or FROM->TO) sets that one direction."},
        footer = {"examples: latency 20ms", "          latency 5..50ms", "          latency 100ms n1 n2"})
final class LatencyCommand implements LabCommand {
    @Parameters(arity = "0..*", paramLabel = "ARGS")
    List<String> words;

    @Override
    public void run(Invocation in) {
        if (words == null || words.isEmpty()) {
            in.println("latency " + in.sim().network().defaultLatency());
            for (long[] link : in.sim().network().linkOverrides()) {
                in.println("latency " + new LatencyRange(link[2], link[3]) + " " + in.sim().node((int) link[0])
                        + " " + in.sim().node((int) link[1]));
            }
            return;
        }
        LatencyRange range = range(words.get(0));
        List<String> link = Links.endpoints(words.subList(1, words.size()), "latency MIN[..MAX] [FROM TO]");
        if (link.isEmpty()) {
            in.sim().network().setDefaultLatency(range);
            in.println("latency " + range + " on every link");
            return;
        }
        NodeId from = in.session().node(link.get(0));
        NodeId to = in.session().node(link.get(1));
        in.sim().network().setLinkLatency(from.index(), to.index(), range);
        in.println("latency " + range + " from " + from + " to " + to);
    }

    /** {@code 20ms}, {@code 5..15ms} (MIN takes MAX's unit), {@code 5ms..1s}. */
    static LatencyRange range(String text) {
        String[] parts = text.split("\\.\\.", -1);
        if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && parts[1].isEmpty())) {
            throw new LabException("bad latency '" + text + "' (use e.g. 20ms or 5..15ms)");
        }
        if (parts.length == 1) {
            long micros = SimTime.parse(parts[0]);
            return new LatencyRange(micros, micros);
        }
        String max = parts[1];
        String min = parts[0];
        String unit = max.replaceAll("^[0-9.]+", "");
        if (min.matches("[0-9.]+")) min = min + unit;
        return new LatencyRange(SimTime.parse(min), SimTime.parse(max));
    }
}
