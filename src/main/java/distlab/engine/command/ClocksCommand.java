package distlab.engine.command;

import static distlab.engine.command.KernelCommands.kernel;

import distlab.protocol.command.CommandSpec;
import distlab.view.ListViews;

/** {@code clocks}: every node's Lamport and vector clock. */
final class ClocksCommand {
    static final CommandSpec SPEC = CommandSpec.named("clocks")
            .describe("Every node's Lamport clock and vector clock (entries in node order).")
            .example("clocks")
            .readOnly()
            .body(kernel(in -> in.lines(ListViews.clocks(in.sim()))));

    private ClocksCommand() {}
}
