package distlab.engine.command;

import static distlab.engine.command.KernelCommands.kernel;

import distlab.protocol.command.CommandSpec;

/** {@code reset}: a fresh session with the same seed. */
final class ResetCommand {
    static final CommandSpec SPEC = CommandSpec.named("reset")
            .describe("Remove every node, message, event and op; time back to 0; ids start again.",
                    "The seed stays the same.")
            .example("reset")
            .body(kernel(in -> {
                in.session().reset();
                in.println("session reset (seed " + in.session().seed() + ")");
            }));

    private ResetCommand() {}
}
