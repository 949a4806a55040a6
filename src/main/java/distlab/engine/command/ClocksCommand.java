package distlab.engine.command;


import distlab.protocol.command.CommandSpec;
import distlab.view.ListViews;

/** {@code clocks}: every node's Lamport and vector clock. */
final class ClocksCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("clocks")
            .describe("Every node's Lamport clock and vector clock (entries in node order).")
            .example("clocks")
            .readOnly()
            .body(new ClocksCommand());

    @Override
    void run(Invocation in) {
        in.lines(ListViews.clocks(in.sim()));
    }
}
