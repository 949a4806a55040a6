package distlab.view;

import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.TraceText;
import distlab.sim.net.MessageStatus;
import distlab.sim.net.MessageTable;
import distlab.sim.node.NodeId;
import distlab.sim.trace.EntryKind;
import distlab.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/** The kernel's tables: {@code events}, {@code messages}, {@code clocks}. */
public final class ListViews {
    private ListViews() {}

    /**
     * Events (and drops, crashes, restarts) with their stamps, oldest first; only the last
     * {@code last} rows, with a line saying how many were left out. Timers only on request.
     */
    public static List<String> events(Simulation sim, NodeId only, int last, boolean withTimers) {
        Trace trace = sim.trace();
        int width = sim.nodes().size();
        List<Integer> entries = new ArrayList<>();
        for (int e = 0; e < trace.size(); e++) {
            if (only != null && trace.node(e) != only.index()) continue;
            if (!withTimers && trace.kind(e) == EntryKind.TIMER) continue;
            entries.add(e);
        }
        if (entries.isEmpty()) return List.of("no events yet" + (only == null ? "" : " at " + only));
        int skip = Math.max(0, entries.size() - last);
        List<List<String>> rows = new ArrayList<>();
        for (int e : entries.subList(skip, entries.size())) {
            boolean event = trace.kind(e).isEvent();
            rows.add(List.of(TraceText.eventId(trace, e), SimTime.format(trace.time(e)), sim.node(trace.node(e)).name(),
                    TraceText.describe(sim, e), event ? Integer.toString(trace.lamport(e)) : "",
                    event ? TraceText.vector(trace.vc(e, width)) : ""));
        }
        List<String> out = new ArrayList<>();
        if (skip > 0) out.add("(" + skip + " earlier entries not shown: events --last N or --all)");
        out.addAll(TextTable.render(List.of("event", "time", "node", "what", "lamport", "vector"), rows));
        return out;
    }

    /** Messages in flight (or all of them), in send order. */
    public static List<String> messages(Simulation sim, boolean all) {
        MessageTable messages = sim.messages();
        List<List<String>> rows = new ArrayList<>();
        for (int m = 1; m <= messages.count(); m++) {
            MessageStatus status = messages.status(m);
            if (!all && status != MessageStatus.INFLIGHT) continue;
            String due = messages.dueAt(m) < 0 ? (status == MessageStatus.INFLIGHT ? "by hand" : "")
                    : SimTime.format(messages.dueAt(m));
            String note = messages.duplicateOf(m) == 0 ? "" : "dup of m" + messages.duplicateOf(m);
            rows.add(List.of("m" + m, sim.node(messages.from(m)).name(), sim.node(messages.to(m)).name(),
                    TraceText.payload(messages.payload(m)), SimTime.format(messages.sentAt(m)), due, status.word(), note));
        }
        if (rows.isEmpty()) return List.of(all ? "no messages yet" : "no messages in flight");
        return TextTable.render(List.of("msg", "from", "to", "payload", "sent", "due", "status", ""), rows);
    }

    /** Every node's Lamport and vector clock. */
    public static List<String> clocks(Simulation sim) {
        if (sim.nodes().isEmpty()) return List.of("no nodes yet: spawn 3");
        List<List<String>> rows = new ArrayList<>();
        for (NodeId id : sim.nodes()) {
            rows.add(List.of(id.name(), sim.isUp(id) ? "up" : "down", Integer.toString(sim.lamport(id)),
                    TraceText.vector(sim.vc(id))));
        }
        return TextTable.render(List.of("node", "state", "lamport", "vector"), rows);
    }
}
