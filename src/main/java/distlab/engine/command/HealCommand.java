package distlab.engine.command;

import static distlab.engine.command.KernelCommands.kernel;

import distlab.protocol.command.CommandSpec;

/** {@code heal}: every partition and cut removed. */
final class HealCommand {
    static final CommandSpec SPEC = CommandSpec.named("heal")
            .describe("Remove every partition and cut link.")
            .example("heal")
            .body(kernel(in -> {
                in.sim().network().heal();
                in.println("network healed: every node can reach every other");
            }));

    private HealCommand() {}
}
