package distlab.engine.command;

import distlab.protocol.command.CommandSpec;

/** {@code quit} (also {@code exit}): leave the lab. */
final class QuitCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("quit")
            .describe("Leave the lab (exit does the same).")
            .example("quit")
            .body(new QuitCommand());
    /** The same command under its second name. */
    static final CommandSpec EXIT = SPEC.alias("exit");

    @Override
    void run(Invocation in) {
        in.quit();
    }
}
