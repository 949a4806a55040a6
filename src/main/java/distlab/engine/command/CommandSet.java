package distlab.engine.command;

import distlab.engine.ClientOps;
import distlab.engine.LineSplitter;
import distlab.engine.Out;
import distlab.engine.Result;
import distlab.engine.Session;
import distlab.sim.LabException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The command language: finds the command a line names, lets picocli fill its fields from
 * the remaining words, runs it, and turns every failure into one clear line.
 */
public final class CommandSet {
    private final Session session;
    private final Map<String, Supplier<LabCommand>> factories = new LinkedHashMap<>();
    private final Map<String, String> groups = new LinkedHashMap<>();
    private final Map<String, CommandLine> parsers = new LinkedHashMap<>();

    public CommandSet(Session session) {
        this.session = session;
        CommandCatalog.register(this);
    }

    void add(String group, String name, Supplier<LabCommand> factory) {
        factories.put(name, factory);
        groups.put(name, group);
    }

    /** True for a second name of a command ({@code exit} for {@code quit}). */
    public boolean isAlias(String name) {
        return !spec(name).name().equals(name);
    }

    /** Command names, in help order. */
    public Set<String> names() {
        return factories.keySet();
    }

    /** The help group each command belongs to, in help order. */
    public Map<String, String> groups() {
        return groups;
    }

    /** The picocli model of a command: synopsis, description, options, example. */
    public CommandLine.Model.CommandSpec spec(String name) {
        return parser(name).getCommandSpec();
    }

    private CommandLine parser(String name) {
        return parsers.computeIfAbsent(name, n -> {
            CommandLine cl = new CommandLine(factories.get(n).get());
            cl.setUnmatchedOptionsArePositionalParams(true);
            cl.setExpandAtFiles(false);
            cl.setPosixClusteredShortOptionsAllowed(false);
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            return cl;
        });
    }

    public Result execute(String line) {
        Out out = new Out();
        try {
            String text = LineSplitter.stripComment(line);
            if (text.isEmpty()) return Result.EMPTY;
            text = LineSplitter.expandVariables(text, session.variables());
            List<String> words = LineSplitter.split(text);
            if (words.isEmpty()) return Result.EMPTY;
            String name = words.get(0);
            if (!factories.containsKey(name)) throw new LabException(unknownCommand(name));
            CommandLine cl = parser(name);
            try {
                cl.parseArgs(words.subList(1, words.size()).toArray(new String[0]));
            } catch (CommandLine.ParameterException e) {
                throw new LabException(Usage.problem(e, cl.getCommandSpec()));
            }
            String raw = text.substring(text.indexOf(name) + name.length()).strip();
            Invocation in = new Invocation(session, raw, out);
            int completedBefore = ClientOps.history(session).map(h -> h.completions().size()).orElse(0);
            try {
                ((LabCommand) cl.getCommand()).run(in);
            } finally {
                printCompletions(out, completedBefore);
                if (session.module() != null) out.lines(session.module().takeNotices());
            }
            return new Result(out.text(), in.quitRequested() ? Result.Status.QUIT : Result.Status.OK, null);
        } catch (ExpectationFailed e) {
            return new Result(out.text(), Result.Status.EXPECT_FAILED, e.getMessage());
        } catch (LabException e) {
            return new Result(out.text(), Result.Status.ERROR, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(out.text(), Result.Status.ERROR, InternalError.describe(e));
        }
    }

    /** Client ops that completed during the command, one line each. */
    private void printCompletions(Out out, int from) {
        ClientOps.history(session).ifPresent(h -> {
            for (int i = from; i < h.completions().size(); i++) out.line(ClientOps.describe(h.completions().get(i)));
        });
    }

    private String unknownCommand(String name) {
        List<String> close = new ArrayList<>();
        for (String candidate : factories.keySet()) {
            if (Usage.distance(name, candidate) <= 2 || candidate.startsWith(name)) close.add(candidate);
        }
        String hint = close.isEmpty() ? "type help for the list" : "did you mean " + String.join(" or ", close.subList(0, Math.min(3, close.size()))) + "?";
        return "unknown command '" + name + "' (" + hint + ")";
    }
}
