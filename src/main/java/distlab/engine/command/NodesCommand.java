package distlab.engine.command;

import distlab.view.TextTable;
import picocli.CommandLine.Command;

@Command(name = "nodes", customSynopsis = "nodes",
        description = "The cluster table: one row per node with the protocol's state (clocks for plain nodes).",
        footer = "example: nodes")
final class NodesCommand implements LabCommand {
    @Override
    public void run(Invocation in) {
        if (in.session().module() == null) {
            in.println("no nodes yet: spawn 3");
            return;
        }
        in.out().lines(TextTable.render(in.session().module().clusterTable()));
    }
}
