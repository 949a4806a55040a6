package distlab.engine.command;

import distlab.view.ListViews;
import picocli.CommandLine.Command;

@Command(name = "clocks", customSynopsis = "clocks",
        description = "Every node's Lamport clock and vector clock (entries in node order).",
        footer = "example: clocks")
final class ClocksCommand implements LabCommand {
    @Override
    public void run(Invocation in) {
        in.out().lines(ListViews.clocks(in.sim()));
    }
}
