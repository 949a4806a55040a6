package distlab.engine.command;


import distlab.protocol.command.CommandSpec;

/** {@code quit} (also {@code exit}): leave the lab. */
final class QuitCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("quit")
            .describe("Leave the lab (exit does the same).")
            .example("quit")
            .body(new QuitCommand());

    @Override
    void run(Invocation in) {
        in.quit();
    }
}
