package distlab.engine.command;

import static distlab.protocol.command.WordKind.EXPR;

import distlab.engine.query.Evaluator;
import distlab.engine.query.Parser;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;

/** {@code expect EXPR}: a check; in a script a false one is a failure. */
final class ExpectCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("expect")
            .describe("Check EXPR; in a script a false one is a failure (exit status 1).",
                    "EXPR: A == B, != < <= > >=, e1 -> e2 (happens before), e1 || e2 (concurrent),",
                    "a boolean path, and / or / not, parentheses.")
            .word("EXPR", EXPR, Arity.MANY)
            .example("expect n2.vc == [1,1,0]", "expect e1 -> e4 and e2 || e3", "expect cluster.leader != none")
            .readOnly()
            .body(new ExpectCommand());

    @Override
    void run(Invocation in) {
        Evaluator.Outcome outcome = Evaluator.evaluate(Parser.parse(in.rest()), in.session().paths());
        if (!outcome.holds()) throw new ExpectationFailed(in.rest() + " (actual: " + outcome.actual() + ")");
        in.println("ok");
    }
}
