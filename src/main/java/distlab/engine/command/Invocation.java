package distlab.engine.command;

import distlab.engine.Out;
import distlab.engine.Session;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.trace.EntryKind;
import distlab.sim.trace.Trace;
import distlab.view.EventLines;

/** One command being run: the session, the text after the command name, and the output. */
public final class Invocation {
    /** Runs that cause at most this many journal entries list them all; longer ones summarise. */
    static final int DETAIL_LIMIT = 20;

    private final Session session;
    private final String rawArgs;
    private final Out out;
    private boolean quit;

    Invocation(Session session, String rawArgs, Out out) {
        this.session = session;
        this.rawArgs = rawArgs;
        this.out = out;
    }

    public Session session() { return session; }
    public Simulation sim() { return session.sim(); }
    /** The line after the command name, variables expanded, comment removed. */
    public String rawArgs() { return rawArgs; }
    public Out out() { return out; }
    public void println(String line) { out.line(line); }
    void quit() { quit = true; }
    boolean quitRequested() { return quit; }

    /** Lists every journal entry from {@code fromEntry} on, one line each. */
    public void printEntriesSince(int fromEntry) {
        out.lines(EventLines.since(sim(), fromEntry));
    }

    /** Lists the entries from {@code fromEntry} on if there are few, else a one-line summary of them. */
    public void printActivitySince(int fromEntry) {
        Trace trace = sim().trace();
        int count = trace.size() - fromEntry;
        if (count <= DETAIL_LIMIT) {
            printEntriesSince(fromEntry);
            return;
        }
        int[] byKind = new int[EntryKind.values().length];
        for (int e = fromEntry; e < trace.size(); e++) byKind[trace.kind(e).ordinal()]++;
        StringBuilder b = new StringBuilder("... " + count + " entries:");
        for (EntryKind kind : EntryKind.values()) {
            if (byKind[kind.ordinal()] > 0) b.append(' ').append(byKind[kind.ordinal()]).append(' ').append(kind.word());
        }
        out.line(b.toString());
    }

    /** {@code time 150ms}, after commands that move time. */
    public void printTime() {
        out.line("time " + SimTime.format(sim().now()));
    }
}
