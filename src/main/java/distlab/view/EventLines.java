package distlab.view;

import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.TraceText;
import distlab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * One line per trace entry, as commands print what they caused and {@code events} lists:
 * {@code e2  12.3ms  n2  recv m1 from n1 "hi"  L=2 [1,1,0]}. Notes (drops, timers, crashes)
 * carry {@code -} instead of an event id and no stamps.
 */
public final class EventLines {
    private EventLines() {}

    public static String line(Simulation sim, int entry) {
        Trace trace = sim.trace();
        String base = TraceText.eventId(trace, entry) + "  " + SimTime.format(trace.time(entry)) + "  "
                + sim.node(trace.node(entry)) + "  " + TraceText.describe(sim, entry);
        if (!trace.kind(entry).isEvent()) return base;
        return base + "  L=" + trace.lamport(entry) + " " + TraceText.vector(trace.vc(entry, sim.nodes().size()));
    }

    /** The entries from {@code from} (inclusive) to the end. */
    public static List<String> since(Simulation sim, int from) {
        List<String> out = new ArrayList<>();
        for (int e = from; e < sim.trace().size(); e++) out.add(line(sim, e));
        return out;
    }
}
