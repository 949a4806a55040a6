package distlab.engine.command;


import distlab.protocol.command.CommandSpec;
import distlab.view.TextTable;

/** {@code nodes}: the protocol's cluster table. */
final class NodesCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("nodes")
            .describe("The cluster table: one row per node with the protocol's state (clocks for plain nodes).")
            .example("nodes")
            .readOnly()
            .body(new NodesCommand());

    @Override
    void run(Invocation in) {
        if (in.session().module() == null) in.println("no nodes yet: spawn 3");
        else in.lines(TextTable.render(in.session().module().clusterTable()));
    }
}
