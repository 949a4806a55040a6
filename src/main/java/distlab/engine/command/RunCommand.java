package distlab.engine.command;

import distlab.engine.query.Evaluator;
import distlab.engine.query.Expr;
import distlab.engine.query.Parser;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "run", customSynopsis = "run [DURATION] [until EXPR]",
        description = {"Like advance, but stop early, right after the event that makes EXPR true.",
                "DURATION defaults to 10s (config run=...) and is at most 1h (config runmax=...)."},
        footer = {"examples: run 5s until cluster.leader != none", "          run until n2.lamport >= 3"})
final class RunCommand implements LabCommand {
    @Parameters(arity = "0..*", paramLabel = "ARGS")
    List<String> words;

    @Override
    public void run(Invocation in) {
        String raw = in.rawArgs();
        long micros = in.session().runDefaultMicros();
        Expr until = null;
        String untilText = null;
        String first = raw.isEmpty() ? "" : raw.split("\\s+")[0];
        if (!first.isEmpty() && !first.equals("until")) {
            micros = Args.duration(first);
            raw = raw.substring(first.length()).strip();
        }
        if (!raw.isEmpty()) {
            if (!raw.startsWith("until")) throw new LabException("unexpected '" + raw + "'; usage: run [DURATION] [until EXPR]");
            untilText = raw.substring("until".length()).strip();
            until = Parser.parse(untilText);
        }
        if (micros > in.session().runMaxMicros()) {
            throw new LabException("run " + SimTime.format(micros) + " is longer than the maximum "
                    + SimTime.format(in.session().runMaxMicros()) + " (config runmax=DURATION to raise it)");
        }
        Simulation sim = in.sim();
        int before = sim.trace().size();
        boolean reached;
        if (until == null) {
            sim.advance(micros, () -> false);
            reached = false;
        } else {
            Expr condition = until;
            // Evaluate once up front so that a bad path is an error before any time passes.
            reached = Evaluator.evaluate(condition, in.session().paths()).holds();
            if (!reached) {
                reached = sim.advance(micros, () -> Evaluator.evaluate(condition, in.session().paths()).holds()).stoppedEarly();
            }
        }
        in.printActivitySince(before);
        if (untilText != null) {
            in.println(reached ? "stopped: " + untilText + " holds" : "ran " + SimTime.format(micros) + ": " + untilText + " never held");
        }
        in.printTime();
    }
}
