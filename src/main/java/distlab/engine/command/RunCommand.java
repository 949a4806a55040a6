package distlab.engine.command;

import static distlab.protocol.command.WordKind.EXPR;

import distlab.protocol.command.Arity;
import distlab.protocol.command.Call;
import distlab.protocol.command.CommandSpec;
import distlab.protocol.command.RunWindow;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import java.util.function.BooleanSupplier;

/** {@code run [DURATION] [until EXPR]}: like advance, stopping when EXPR holds. */
final class RunCommand extends KernelCommand {
    private static final String USAGE = "run [DURATION] [until EXPR]";

    static final CommandSpec SPEC = CommandSpec.named("run").synopsis(USAGE)
            .describe("Like advance, but stop early, right after the event that makes EXPR true.",
                    "DURATION defaults to 10s (config run=...) and is at most 1h (config runmax=...).")
            .word("ARGS", EXPR, Arity.ANY)
            .example("run 5s until cluster.leader != none", "run until n2.lamport >= 3")
            .runs(RunCommand::window)
            .body(new RunCommand());

    /** A run read from its words: how long, and the condition (null: none). */
    private record Plan(long micros, String untilText, BooleanSupplier until) {}

    private static Plan plan(Invocation in) {
        String raw = in.rest();
        long micros = in.session().runDefaultMicros();
        String first = raw.isEmpty() ? "" : raw.split("\\s+")[0];
        if (!first.isEmpty() && !first.equals("until")) {
            micros = Args.duration(first);
            raw = raw.substring(first.length()).strip();
        }
        String untilText = null;
        BooleanSupplier until = null;
        if (!raw.isEmpty()) {
            if (!raw.startsWith("until")) throw new LabException("unexpected '" + WordParser.cut(raw) + "'; usage: " + USAGE);
            untilText = raw.substring("until".length()).strip();
            until = in.condition(untilText);
        }
        if (micros > in.session().runMaxMicros()) {
            throw new LabException("run " + SimTime.format(micros) + " is longer than the maximum "
                    + SimTime.format(in.session().runMaxMicros()) + " (config runmax=DURATION to raise it)");
        }
        return new Plan(micros, untilText, until);
    }

    private static RunWindow window(Call call) {
        Invocation in = (Invocation) call;
        Plan plan = plan(in);
        BooleanSupplier stop = plan.until() == null ? () -> false : quiet(plan.until());
        return new RunWindow(in.sim().now() + plan.micros(), stop);
    }

    /** A condition for animation: one that cannot be evaluated now simply does not hold yet. */
    private static BooleanSupplier quiet(BooleanSupplier condition) {
        return () -> {
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException e) {
                return false;
            }
        };
    }

    @Override
    void run(Invocation in) {
        Plan plan = plan(in);
        Simulation sim = in.sim();
        int before = sim.trace().size();
        boolean reached = false;
        if (plan.until() == null) {
            sim.advance(plan.micros(), () -> false);
        } else {
            // Evaluate once up front so that a bad path is an error before any time passes.
            reached = plan.until().getAsBoolean();
            if (!reached) reached = sim.advance(plan.micros(), plan.until()).stoppedEarly();
        }
        in.printActivitySince(before);
        if (plan.untilText() != null) {
            in.println(reached ? "stopped: " + plan.untilText() + " holds"
                    : "ran " + SimTime.format(plan.micros()) + ": " + plan.untilText() + " never held");
        }
        in.printTime();
    }
}
