package distlab.engine.command;

import distlab.engine.LineSplitter;
import distlab.engine.Out;
import distlab.engine.Protocols;
import distlab.engine.Result;
import distlab.engine.Session;
import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.Clients;
import distlab.protocol.client.History;
import distlab.protocol.command.CommandSpec;
import distlab.protocol.command.RunWindow;
import distlab.sim.LabException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command language: every kernel command and every registered protocol family's commands,
 * by name. It finds the command a line names (for a name several families declare, the one of
 * the session's protocol), sorts the words by its declaration, runs it, and turns every failure
 * into one clear line.
 */
public final class CommandRegistry {
    /** One declaration of a command, and the families it belongs to (none: a kernel command). */
    private record Entry(CommandSpec spec, List<ProtocolPlugin> owners) {}

    private final Session session;
    /** Every command in help order, built when first needed: most lines name a kernel command, and
     *  loading every declaration costs start-up time (docs/architecture.md). */
    private volatile Map<String, List<Entry>> byName;
    /** Second names of a command ({@code exit} for {@code quit}): the same body under another name. */
    private final Set<String> aliases = new java.util.HashSet<>();

    public CommandRegistry(Session session) {
        this.session = session;
    }

    private synchronized Map<String, List<Entry>> byName() {
        if (byName != null) return byName;
        Map<String, List<Entry>> all = new LinkedHashMap<>();
        List<CommandSpec> kernel = KernelCommands.all();
        for (CommandSpec spec : kernel) if (KernelCommands.beforeProtocols(spec)) add(all, spec, null);
        for (ProtocolPlugin plugin : Protocols.plugins()) {
            for (CommandSpec spec : plugin.commands()) add(all, spec.group().isEmpty() ? spec.inGroup(plugin.group()) : spec, plugin);
        }
        for (CommandSpec spec : kernel) if (!KernelCommands.beforeProtocols(spec)) add(all, spec, null);
        byName = all;
        return all;
    }

    /** Whether the families' declarations have been loaded yet (for tests of start-up laziness). */
    boolean familiesLoaded() {
        return byName != null;
    }

    /**
     * A name's declarations. A kernel name always means the kernel's command (a family's command
     * of the same name comes after it), so a kernel line never loads the families' declarations.
     */
    private List<Entry> entries(String name) {
        if (byName == null) {
            CommandSpec kernel = KernelCommands.spec(name);
            if (kernel != null) return List.of(new Entry(kernel, List.of()));
        }
        return byName().get(name);
    }

    private void add(Map<String, List<Entry>> into, CommandSpec spec, ProtocolPlugin owner) {
        for (List<Entry> other : into.values()) {
            for (Entry e : other) if (e.spec().body() == spec.body() && !e.spec().name().equals(spec.name())) aliases.add(spec.name());
        }
        List<Entry> entries = into.get(spec.name());
        if (entries == null) {
            entries = new ArrayList<>();
            into.put(spec.name(), entries);
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.spec().body() == spec.body()) {
                // The same command shared by several families (put for quorum and raft).
                List<ProtocolPlugin> owners = new ArrayList<>(e.owners());
                owners.add(owner);
                entries.set(i, new Entry(e.spec(), owners));
                return;
            }
        }
        if (owner == null && !entries.isEmpty()) throw new IllegalStateException("command " + spec.name() + " declared twice");
        entries.add(new Entry(spec, owner == null ? List.of() : List.of(owner)));
    }

    /** Command names, in help order. */
    public Set<String> names() {
        return byName().keySet();
    }

    /** Every declaration of a name: one, or one per family that declares its own. */
    public List<CommandSpec> specs(String name) {
        List<Entry> entries = byName().get(name);
        return entries == null ? List.of() : entries.stream().map(Entry::spec).toList();
    }

    /** The declaration a name means in this session: the session's protocol's, else the first. */
    public CommandSpec spec(String name) {
        List<Entry> entries = entries(name);
        if (entries == null) return null;
        Entry own = ownEntry(entries);
        return (own != null ? own : entries.get(0)).spec();
    }

    /** True for a second name of a command ({@code exit} for {@code quit}). */
    public boolean isAlias(String name) {
        byName();
        return aliases.contains(name);
    }

    private Entry ownEntry(List<Entry> entries) {
        ProtocolPlugin mine = session.module() == null ? null : Protocols.pluginOf(session.module().name());
        for (Entry e : entries) if (e.owners().isEmpty() || (mine != null && e.owners().contains(mine))) return e;
        return null;
    }

    /** The families that have a command, for help: empty for a kernel command. */
    public List<String> protocolsOf(String name) {
        List<String> out = new ArrayList<>();
        for (Entry e : byName().getOrDefault(name, List.of())) {
            for (ProtocolPlugin p : e.owners()) for (ProtocolInfo info : p.protocols()) out.add(info.name());
        }
        return out;
    }

    public Result execute(String line) {
        Out out = new Out();
        try {
            Invocation in = prepare(line, out);
            if (in == null) return Result.EMPTY;
            try {
                if (!in.spec().readOnly()) session.touch();
                in.spec().body().run(in);
            } finally {
                printCompletions(out);
                if (session.module() != null) out.lines(session.module().takeNotices());
            }
            return new Result(out.text(), in.quitRequested() ? Result.Status.QUIT : Result.Status.OK, null);
        } catch (ExpectationFailed e) {
            return new Result(out.text(), Result.Status.EXPECT_FAILED, e.getMessage());
        } catch (LabException e) {
            return new Result(out.text(), Result.Status.ERROR, e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Result(out.text(), Result.Status.ERROR, Result.OUT_OF_MEMORY);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(out.text(), Result.Status.ERROR, InternalError.describe(e));
        }
    }

    /** The line as an invocation ready to run, or null for a blank line; errors are LabExceptions. */
    private Invocation prepare(String line, Out out) {
        String text = LineSplitter.stripComment(line);
        if (text.isEmpty()) return null;
        text = LineSplitter.expandVariables(text, session.variables());
        List<String> words = LineSplitter.split(text);
        if (words.isEmpty()) return null;
        String name = words.get(0);
        List<Entry> entries = entries(name);
        if (entries == null) throw new LabException(unknownCommand(name));
        Entry entry = ownEntry(entries);
        if (entry == null) throw new LabException(wrongProtocol(name, session));
        ParsedWords parsed = WordParser.parse(entry.spec(), words.subList(1, words.size()));
        String rest = text.substring(text.indexOf(name) + name.length()).strip();
        return new Invocation(session, this, entry.spec(), parsed, rest, out);
    }

    /**
     * Whether a command may run in the middle of a run, at the current virtual time: it neither
     * moves time itself nor replaces the session. Reads only the declarations, so any thread may
     * ask; an unknown name may (it reports its own error).
     */
    public boolean mayRunDuringRun(String name) {
        for (Entry e : byName().getOrDefault(name, List.of())) {
            if (e.spec().effect() == CommandSpec.Effect.MOVES_TIME || e.spec().effect() == CommandSpec.Effect.REPLACES_SESSION) return false;
        }
        return true;
    }

    /** How far in virtual time a line would run, for animation; null when it does not run or does not parse. */
    public RunWindow window(String line) {
        try {
            Invocation in = prepare(line, new Out());
            if (in == null) return null;
            CommandSpec spec = in.spec();
            return spec.runLength() == null ? null : spec.runLength().window(in);
        } catch (LabException e) {
            return null;
        }
    }

    /**
     * What the end of every command does to the session (client completions reported, notices
     * taken), with the output dropped: a replay that steps the simulation directly ends with it,
     * so that it leaves the session exactly as the command it stands for.
     */
    public void settle() {
        printCompletions(new Out());
        if (session.module() != null) session.module().takeNotices();
    }

    /** Client ops that completed since the last command's report, one line each. */
    private void printCompletions(Out out) {
        if (!(session.module() instanceof ClientProtocol clients)) return;
        History history = clients.history();
        for (int i = session.reportedCompletions(); i < history.completions().size(); i++) out.line(Clients.describe(history.completions().get(i)));
        session.setReportedCompletions(history.completions().size());
    }

    /** Why a protocol's command does not work in this session, with what to spawn instead. */
    String wrongProtocol(String name, Session s) {
        List<String> protocols = protocolsOf(name);
        ProtocolPlugin first = Protocols.pluginOf(protocols.get(0));
        String which = protocols.size() <= 3 ? String.join(" and ", protocols) : first.group();
        // A command's own example may say what to spawn for it (spawn 3 orset for add).
        String spawn = byName().get(name).get(0).spec().examples().stream().filter(e -> e.startsWith("spawn ")).findFirst()
                .orElse(first.example());
        if (s.module() == null) return name + " is a command of " + which + ": spawn some first (e.g. " + spawn + ")";
        return name + " is a command of " + which + "; this session runs " + s.protocolName() + " (reset, then e.g. " + spawn + ")";
    }

    /** {@code unknown command 'hlep' (did you mean help?)}: the closest names first. */
    private String unknownCommand(String name) {
        String shown = name;
        List<String> close = new ArrayList<>();
        for (String candidate : byName().keySet()) {
            if (Usage.distance(name, candidate) <= 2 || candidate.startsWith(name)) close.add(candidate);
        }
        close.sort(Comparator.comparingInt(c -> Usage.distance(name, c)));
        String hint = close.isEmpty() ? "type help for the list" : "did you mean " + String.join(" or ", close.subList(0, Math.min(3, close.size()))) + "?";
        return "unknown command '" + shown + "' (" + hint + ")";
    }
}
