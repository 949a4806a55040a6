package distlab.engine.command;


import distlab.protocol.command.CommandSpec;

/** {@code heal}: every partition and cut removed. */
final class HealCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("heal")
            .describe("Remove every partition and cut link.")
            .example("heal")
            .body(new HealCommand());

    @Override
    void run(Invocation in) {
        in.sim().network().heal();
        in.println("network healed: every node can reach every other");
    }
}
