package distlab.engine.command;

import static distlab.protocol.command.WordKind.COMMAND;

import distlab.engine.Result;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;

/**
 * {@code fails COMMAND...}: runs a command that must be refused, so a lecture or a test can show
 * what the lab refuses. Its error is printed as output, then {@code ok}; a command that
 * succeeds is an expectation failure.
 */
final class FailsCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("fails")
            .describe("Run COMMAND, which must be refused: print its error and ok. If it succeeds, that is a failed",
                    "expectation (in a script: exit status 1).")
            .word("COMMAND", COMMAND, Arity.MANY)
            .example("fails inc n1 -1", "fails spawn 2 nosuchprotocol")
            .body(new FailsCommand());

    @Override
    void run(Invocation in) {
        Result inner = in.session().execute(in.rest());
        in.out().text(inner.output());
        if (!inner.failed()) throw new ExpectationFailed("fails " + in.rest() + " (it succeeded)");
        in.println(inner.problem());
        in.println("ok");
    }
}
