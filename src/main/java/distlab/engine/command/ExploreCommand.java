package distlab.engine.command;

import static distlab.protocol.command.WordKind.EXPR;

import distlab.engine.explore.Condition;
import distlab.engine.explore.ExploreOptions;
import distlab.engine.explore.ExploreResult;
import distlab.engine.explore.Explorer;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code explore}: model checking from the current state, breadth first over every choice of
 * next step, for the shortest schedule that breaks a safety property (docs/commands.md, explore).
 */
final class ExploreCommand extends KernelCommand {
    private static final String USAGE = "explore [--depth N] [--states N] [--crashes K] [--loss] [--invariant EXPR]... [--goal EXPR] [--goto]";

    static final CommandSpec SPEC = CommandSpec.named("explore").synopsis(USAGE)
            .describe("Search every schedule from here, breadth first: deliver any message in flight, fire any node's",
                    "next timer, and with --loss lose any message, with --crashes K crash up to K nodes (and restart",
                    "them). Every state is checked against the protocol's safety properties and each --invariant;",
                    "--goal EXPR looks for a state where EXPR holds instead. Prints the shortest schedule that gets",
                    "there as commands that replay it from here; --goto leaves the session there. Equal states are",
                    "searched once. Bounds: --depth steps, --states distinct states (default 1,000,000), and a memory",
                    "budget (docs/limits.md). A long search shows its progress like a long run, and stops on Ctrl-C.")
            .word("ARGS", EXPR, Arity.ANY)
            .example("explore --crashes 1", "explore --depth 8 --invariant cluster.leaders <= 1", "explore --loss --goal not cluster.agree")
            .body(new ExploreCommand());

    /** The command line, read. */
    private record Plan(ExploreOptions options, List<Condition> invariants, Condition goal, boolean goTo) {}

    private static Plan plan(Invocation in) {
        String[] words = in.rest().isBlank() ? new String[0] : in.rest().strip().split("\\s+");
        ExploreOptions d = ExploreOptions.defaults();
        int depth = d.maxDepth();
        int states = d.maxStates();
        int crashes = 0;
        boolean loss = false;
        boolean goTo = false;
        List<Condition> invariants = new ArrayList<>();
        Condition goal = null;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            switch (w) {
                case "--loss" -> loss = true;
                case "--goto" -> goTo = true;
                case "--depth" -> depth = Args.integer(value(words, ++i, w), "--depth", 1, 1_000_000);
                case "--states" -> states = Args.integer(value(words, ++i, w), "--states", 1, ExploreOptions.MAX_STATES);
                case "--crashes" -> crashes = Args.integer(value(words, ++i, w), "--crashes", 0, ExploreOptions.MAX_CRASHES);
                case "--invariant", "--goal" -> {
                    StringBuilder text = new StringBuilder();
                    while (i + 1 < words.length && !words[i + 1].startsWith("--")) text.append(text.isEmpty() ? "" : " ").append(words[++i]);
                    if (text.isEmpty()) throw new LabException(w + " needs an expression (e.g. " + w + " cluster.leaders <= 1); usage: " + USAGE);
                    Condition c = new Condition(text.toString(), in.condition(text.toString()));
                    // Evaluated once here, so that a bad path is an error before the search starts.
                    c.test().getAsBoolean();
                    if (w.equals("--goal")) {
                        if (goal != null) throw new LabException("--goal is given twice (join conditions with 'and' / 'or')");
                        goal = c;
                    } else {
                        invariants.add(c);
                    }
                }
                default -> throw new LabException("unexpected '" + WordParser.cut(w) + "'; usage: " + USAGE);
            }
        }
        return new Plan(new ExploreOptions(depth, states, crashes, loss, ExploreOptions.MEMORY_BYTES), invariants, goal, goTo);
    }

    private static String value(String[] words, int i, String option) {
        if (i >= words.length || words[i].startsWith("--")) throw new LabException("option " + option + " needs a value (N); usage: " + USAGE);
        return words[i];
    }

    @Override
    void run(Invocation in) {
        if (in.sim().nodes().isEmpty()) throw new LabException("nothing to explore: no nodes yet (spawn 3 raft)");
        Plan plan = plan(in);
        ExploreResult r = new Explorer(in.session(), plan.options(), plan.invariants(), plan.goal()).run(plan.goTo());
        // States per second need the wall clock, which only front ends read: ExploreBench measures them.
        in.println(String.format(Locale.ROOT, "explored %,d states, %,d unique, depth %d", r.explored(), r.unique(), r.depth()));
        if (r.stopped() != null) in.println("stopped early: " + r.stopped());
        ExploreResult.Found f = r.found();
        if (f == null) {
            String where = String.format(Locale.ROOT, "searched to depth %d, %,d states%s", r.depth(), r.unique(),
                    r.exhausted() ? ": every reachable state" : "");
            in.println(plan.goal() == null ? "no violation (" + where + ")" : "goal not reached (" + where + ")");
            return;
        }
        in.lines(f.notices());
        in.println((f.goal() ? "goal reached: " : "violated: ") + f.what());
        int n = f.schedule().size();
        in.println("shortest schedule: " + n + (n == 1 ? " step" : " steps") + " from where explore started"
                + (n == 0 ? " (it holds there already)" : ""));
        for (String step : f.schedule()) in.println("  " + step);
        in.println(plan.goTo() ? "the session is now in that state (time " + SimTime.format(in.sim().now()) + ")"
                : "the session is back where explore started (--goto leaves it there)");
    }
}
