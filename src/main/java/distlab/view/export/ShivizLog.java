package distlab.view.export;

import distlab.sim.Simulation;
import distlab.sim.TraceText;
import distlab.sim.trace.Trace;

/**
 * The trace in ShiViz's log format (docs/formats.md): the parsing expression on the first line,
 * an empty line (one execution), then two lines per event: what happened, and the host with its
 * vector clock as JSON. Only events are written (sends, receives, local events, deliveries), as
 * each one ticks its own node's entry by one, which ShiViz checks; notes (timers, drops,
 * crashes) do not tick the vector clock (lecture 4.1).
 */
public final class ShivizLog {
    /** ShiViz's default expression, spelt out so that the file opens without typing it. */
    public static final String REGEX = "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})";

    private ShivizLog() {}

    public static String of(Simulation sim) {
        Trace trace = sim.trace();
        int width = sim.nodes().size();
        StringBuilder out = new StringBuilder(64 + trace.eventCount() * 80);
        out.append(REGEX).append("\n\n");
        for (int e = 1; e <= trace.eventCount(); e++) {
            int entry = trace.entryOfEvent(e);
            int node = trace.node(entry);
            out.append('e').append(e).append(' ').append(TraceText.describe(sim, entry).replace('\n', ' ')).append('\n');
            out.append(sim.node(node).name()).append(" {");
            int[] vc = trace.vc(entry, width);
            boolean first = true;
            for (int i = 0; i < vc.length; i++) {
                if (vc[i] == 0) continue;
                if (!first) out.append(", ");
                first = false;
                out.append('"').append(sim.node(i).name()).append("\":").append(vc[i]);
            }
            out.append("}\n");
        }
        return out.toString();
    }
}
