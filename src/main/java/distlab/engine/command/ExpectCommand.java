package distlab.engine.command;

import distlab.engine.query.Evaluator;
import distlab.engine.query.Parser;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "expect", customSynopsis = "expect EXPR",
        description = {"Check EXPR; in a script a false one is a failure (exit status 1).",
                "EXPR: A == B, != < <= > >=, e1 -> e2 (happens before), e1 || e2 (concurrent),",
                "a boolean path, and / or / not, parentheses."},
        footer = {"examples: expect n2.vc == [1,1,0]", "          expect e1 -> e4 and e2 || e3",
                "          expect cluster.leader != none"})
final class ExpectCommand implements LabCommand {
    @Parameters(arity = "1..*", paramLabel = "EXPR")
    List<String> words;

    @Override
    public void run(Invocation in) {
        Evaluator.Outcome outcome = Evaluator.evaluate(Parser.parse(in.rawArgs()), in.session().paths());
        if (!outcome.holds()) throw new ExpectationFailed(in.rawArgs() + " (actual: " + outcome.actual() + ")");
        in.println("ok");
    }
}
