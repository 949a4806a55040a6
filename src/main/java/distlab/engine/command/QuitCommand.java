package distlab.engine.command;

import static distlab.engine.command.KernelCommands.kernel;

import distlab.protocol.command.CommandSpec;

/** {@code quit} (also {@code exit}): leave the lab. */
final class QuitCommand {
    static final CommandSpec SPEC = CommandSpec.named("quit")
            .describe("Leave the lab (exit does the same).")
            .example("quit")
            .body(kernel(Invocation::quit));

    private QuitCommand() {}
}
