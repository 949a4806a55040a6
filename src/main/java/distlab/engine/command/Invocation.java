package distlab.engine.command;

import distlab.engine.Out;
import distlab.engine.Session;
import distlab.engine.query.Evaluator;
import distlab.engine.query.Expr;
import distlab.engine.query.Parser;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.Clients;
import distlab.protocol.command.Call;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.net.MessageStatus;
import distlab.sim.node.NodeId;
import distlab.sim.trace.EntryKind;
import distlab.sim.trace.Trace;
import distlab.view.EventLines;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One command being run: the session, the command's parsed words, the text after its name,
 * and the output. The engine's side of {@link Call}; kernel commands also reach the session.
 */
public final class Invocation implements Call {
    /** Runs that cause at most this many journal entries list them all; longer ones summarise. */
    static final int DETAIL_LIMIT = 20;

    private final Session session;
    private final CommandRegistry registry;
    private final CommandSpec spec;
    private final ParsedWords words;
    private final String rest;
    private final Out out;
    private boolean quit;

    Invocation(Session session, CommandRegistry registry, CommandSpec spec, ParsedWords words, String rest, Out out) {
        this.session = session;
        this.registry = registry;
        this.spec = spec;
        this.words = words;
        this.rest = rest;
        this.out = out;
    }

    public Session session() { return session; }
    CommandRegistry registry() { return registry; }
    CommandSpec spec() { return spec; }
    public Out out() { return out; }
    void quit() { quit = true; }
    boolean quitRequested() { return quit; }

    @Override public String command() { return spec.name(); }
    @Override public String word(String label) { return words.word(label); }
    @Override public List<String> words(String label) { return words.words(label); }
    @Override public String option(String name) { return words.option(name); }
    @Override public boolean flag(String name) { return words.flag(name); }
    @Override public String rest() { return rest; }
    @Override public Simulation sim() { return session.sim(); }

    @Override
    public <T> T module(Class<T> type) {
        Object module = session.module();
        if (type.isInstance(module)) return type.cast(module);
        throw new LabException(registry.wrongProtocol(spec.name(), session));
    }

    @Override
    public NodeId node(String name) {
        Optional<NodeId> existing = sim().find(name);
        if (existing.isPresent() || name.equals("leader")) return session.node(name);
        if (Clients.isClientId(name) && session.module() instanceof ClientProtocol clients) {
            NodeId client = Clients.client(sim(), clients, name);
            println("client " + client + " created");
            return client;
        }
        return session.node(name);
    }

    @Override
    public Value path(String path) {
        Value v = session.paths().resolve(path);
        if (v == null) throw new LabException("unknown path '" + path + "'");
        return v;
    }

    @Override
    public BooleanSupplier condition(String expression) {
        Expr parsed = Parser.parse(expression);
        return () -> Evaluator.evaluate(parsed, session.paths()).holds();
    }

    @Override public void println(String line) { out.line(line); }
    @Override public void lines(List<String> lines) { out.lines(lines); }

    @Override
    public void printEntriesSince(int fromEntry) {
        out.lines(EventLines.since(sim(), fromEntry));
    }

    @Override
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

    @Override
    public void printFlight(int m) {
        if (sim().messages().status(m) != MessageStatus.INFLIGHT) return;
        long due = sim().messages().dueAt(m);
        println("m" + m + " in flight" + (due < 0 ? " until delivered by hand (deliver m" + m + ")"
                : ", arrives at " + SimTime.format(due)));
    }

    @Override
    public void printTime() {
        out.line("time " + SimTime.format(sim().now()));
    }
}
