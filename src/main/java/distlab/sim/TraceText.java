package distlab.sim;

import distlab.sim.net.Bytes;
import distlab.sim.net.MessageTable;
import distlab.sim.trace.EntryKind;
import distlab.sim.trace.Trace;

/** Short human descriptions of trace entries and payloads, shared by every view. */
public final class TraceText {
    private static final int MAX_PAYLOAD = 40;

    private TraceText() {}

    /** A payload as views print it: strings quoted, protocol messages by their toString. */
    public static String payload(Object payload) {
        if (payload == null) return "";
        String text = payload instanceof String s ? "\"" + s + "\"" : payload.toString();
        return text.length() <= MAX_PAYLOAD ? text : text.substring(0, MAX_PAYLOAD - 1) + "…";
    }

    /** {@code e3}, or {@code -} for notes. */
    public static String eventId(Trace trace, int entry) {
        int n = trace.eventNumber(entry);
        return n == 0 ? "-" : "e" + n;
    }

    /**
     * What happened, e.g. {@code send m1 to n2 "hello"}, {@code deliver b2} or
     * {@code drop m3 n1->n2 (partitioned)}.
     */
    public static String describe(Simulation sim, int entry) {
        Trace trace = sim.trace();
        MessageTable messages = sim.messages();
        EntryKind kind = trace.kind(entry);
        int m = trace.message(entry);
        return switch (kind) {
            case SEND -> "send m" + m + " to " + sim.node(messages.to(m)) + sep(payload(messages.payload(m))) + size(messages.size(m));
            case RECEIVE -> "recv m" + m + " from " + sim.node(messages.from(m)) + sep(payload(messages.payload(m)))
                    + (messages.duplicateOf(m) != 0 ? " (duplicate of m" + messages.duplicateOf(m) + ")" : "");
            case LOCAL -> "local" + sep(labelText(trace.label(entry)));
            case DROP -> "drop m" + m + " " + sim.node(messages.from(m)) + "->" + sim.node(messages.to(m))
                    + " (" + trace.label(entry) + ")";
            case TIMER -> "timer" + sep(String.valueOf(trace.label(entry)));
            case CRASH -> "crash";
            case RESTART -> "restart";
            case DELIVER -> "deliver" + sep(String.valueOf(trace.label(entry)));
        };
    }

    /** {@code  (2MB)} after a sized message's payload; nothing for a message of no stated size. */
    private static String size(long bytes) {
        return bytes == 0 ? "" : " (" + Bytes.format(bytes) + ")";
    }

    private static String labelText(Object label) {
        return label == null ? "" : "\"" + label + "\"";
    }

    private static String sep(String s) {
        return s.isEmpty() ? "" : " " + s;
    }

    /** Vector timestamp as printed everywhere: {@code [2,1,0]}. */
    public static String vector(int[] vc) {
        return new Value.Vector(vc).show();
    }
}
