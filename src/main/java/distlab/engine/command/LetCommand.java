package distlab.engine.command;

import static distlab.protocol.command.WordKind.EXPR;

import distlab.engine.query.Evaluator;
import distlab.engine.query.Parser;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.Value;

/** {@code let NAME = EXPR}: remember a value for {@code $NAME}. */
final class LetCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("let").synopsis("let NAME = EXPR")
            .describe("Remember the value of EXPR now; $NAME in later lines is replaced by it.")
            .word("NAME = EXPR", EXPR, Arity.MANY)
            .example("let first = cluster.leader", "crash $first")
            .body(new LetCommand());

    @Override
    void run(Invocation in) {
        String raw = in.rest();
        int eq = raw.indexOf('=');
        if (eq < 0 || (eq + 1 < raw.length() && raw.charAt(eq + 1) == '=')) {
            throw new LabException("missing '='; usage: let NAME = EXPR");
        }
        String name = raw.substring(0, eq).strip();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,31}")) {
            throw new LabException("bad variable name '" + WordParser.cut(name) + "': use letters, digits and _ (e.g. let first = cluster.leader)");
        }
        Value value = Evaluator.valueOf(Parser.parse(raw.substring(eq + 1).strip()), in.session().paths());
        if (!in.session().variables().containsKey(name) && in.session().variables().size() >= 1000) {
            throw new LabException("too many variables (at most 1000)");
        }
        in.session().variables().put(name, value.show());
        in.println(name + " = " + value.show());
    }
}
