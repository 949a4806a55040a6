package distlab.engine.command;


import distlab.protocol.command.CommandSpec;

/** {@code reset}: a fresh session with the same seed. */
final class ResetCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("reset")
            .describe("Remove every node, message, event and op; time back to 0; ids start again.",
                    "The seed stays the same.")
            .example("reset")
            .replacesSession()
            .body(new ResetCommand());

    @Override
    void run(Invocation in) {
        in.session().reset();
        in.println("session reset (seed " + in.session().seed() + ")");
    }
}
