package distlab.engine.command;

import static distlab.protocol.command.WordKind.NODE_OR_ALL;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.PhysicalClock;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code clock [NODE...|all] [offset=D] [drift=PPM] [leap=±1s [smear=D]]}: show or set the
 * nodes' physical clocks (lecture 3.1). All or nothing: every value is read before any
 * clock changes.
 */
final class ClockCommand extends KernelCommand {
    private static final String USAGE = "clock [NODE...|all] [offset=DURATION] [drift=PPM] [leap=+1s|-1s [smear=DURATION]]";
    private static final List<String> KEYS = List.of("offset", "drift", "leap", "smear");
    private static final long LEAP = SimTime.MICROS_PER_SECOND;

    static final CommandSpec SPEC = CommandSpec.named("clock").synopsis(USAGE)
            .describe("Show or set physical clocks (lecture 3.1): a clock reads true time + its offset, and the offset grows at its drift rate.",
                    "offset= sets the time-of-day clock now (a step: the monotonic clock does not move); drift= is the rate error",
                    "in ppm (+50 gains 50us a second; at most ±100000). leap=+1s inserts a leap second now: the time-of-day clock",
                    "steps back 1s and repeats it (leap=-1s skips one); with smear=24h the second is instead spread evenly over",
                    "that window, at most 500 ppm, so no step happens. Without settings it shows the clocks; without nodes, every node's.")
            .word("NODE|KEY=VALUE", NODE_OR_ALL, Arity.ANY)
            .example("clock n2 offset=-40ms drift=+150", "clock all drift=50", "clock n1 leap=+1s", "clock n1 leap=+1s smear=24h", "clock n2")
            .body(new ClockCommand());

    @Override
    void run(Invocation in) {
        List<String> names = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (String word : in.words("NODE|KEY=VALUE")) {
            int eq = word.indexOf('=');
            if (eq < 0) {
                names.add(word);
                continue;
            }
            String key = word.substring(0, eq);
            if (!KEYS.contains(key)) {
                throw new LabException("unknown clock setting '" + WordParser.cut(key) + "' (clock takes: offset= drift= leap= smear=)");
            }
            if (settings.put(key, word.substring(eq + 1)) != null) throw new LabException(key + "= is given twice");
        }
        Simulation sim = in.sim();
        if (sim.nodes().isEmpty()) throw new LabException("there are no nodes yet (spawn 3 first)");
        if (names.size() > 1 && names.contains("all")) throw new LabException("'all' already names every node; give it alone");
        List<NodeId> nodes = names.isEmpty() || names.equals(List.of("all")) ? sim.nodes() : Args.nodes(in, names);
        Change change = Change.read(settings);
        for (NodeId node : nodes) change.apply(sim.clock(node), sim.now());
        for (NodeId node : nodes) in.println(describe(sim, node));
    }

    /** The settings of one command, read and checked before any clock changes. */
    private record Change(Long offset, Long drift, Long leap, Long smear) {
        static Change read(Map<String, String> s) {
            Long offset = s.containsKey("offset") ? SimTime.parseSigned(s.get("offset")) : null;
            Long drift = s.containsKey("drift") ? drift(s.get("drift")) : null;
            Long leap = s.containsKey("leap") ? leap(s.get("leap")) : null;
            Long smear = s.containsKey("smear") ? SimTime.parse(s.get("smear")) : null;
            if (smear != null && leap == null) throw new LabException("smear= spreads a leap second: give leap=+1s with it (e.g. leap=+1s smear=24h)");
            if (smear != null && smear < PhysicalClock.shortestSmear(LEAP)) {
                throw new LabException("smear=" + s.get("smear") + " is too short: smearing 1s runs the clock at most "
                        + PhysicalClock.MAX_SLEW_PPM + " ppm off, so it takes at least " + SimTime.format(PhysicalClock.shortestSmear(LEAP))
                        + " (e.g. smear=24h)");
            }
            return new Change(offset, drift, leap, smear);
        }

        /** Offset first, then drift from this moment on, then the leap second. */
        void apply(PhysicalClock clock, long now) {
            if (offset != null) clock.setOffset(now, offset);
            if (drift != null) clock.setDrift(now, drift);
            if (leap == null) return;
            // A positive leap second repeats a second of the time-of-day clock: it goes back by it.
            if (smear == null) clock.step(now, -leap);
            else clock.smear(now, -leap, smear);
        }

        private static long drift(String text) {
            if (!text.matches("[-+]?\\d{1,7}") || Math.abs(Long.parseLong(text)) > PhysicalClock.MAX_DRIFT_PPM) {
                throw new LabException("drift must be a whole number of ppm from -" + PhysicalClock.MAX_DRIFT_PPM + " to +"
                        + PhysicalClock.MAX_DRIFT_PPM + " (e.g. drift=+50), not '" + WordParser.cut(text) + "'");
            }
            return Long.parseLong(text);
        }

        private static long leap(String text) {
            long micros = SimTime.parseSigned(text);
            if (Math.abs(micros) != LEAP) throw new LabException("a leap second is leap=+1s (inserted) or leap=-1s (skipped), not '" + WordParser.cut(text) + "'");
            return micros;
        }
    }

    /** {@code n2  clock 985ms  mono 1s  offset -15ms  drift +150ppm}, and any correction in progress. */
    static String describe(Simulation sim, NodeId node) {
        PhysicalClock c = sim.clock(node);
        long now = sim.now();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s  clock %s  mono %s  offset %s  drift %s", node,
                SimTime.format(c.reading(now)), SimTime.format(c.monotonic(now)), SimTime.formatSigned(c.offset(now)),
                PhysicalClock.showDrift(c.driftPpm())));
        if (c.slewLeft(now) != 0) b.append("  slewing ").append(SimTime.formatSigned(c.slewLeft(now))).append(" more");
        if (c.smearLeft(now) != 0) b.append("  smearing ").append(SimTime.formatSigned(c.smearLeft(now))).append(" more");
        return b.toString();
    }
}
