package distlab.engine.command;

import distlab.sim.node.NodeId;
import distlab.view.ListViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "events", customSynopsis = "events [NODE] [--last N] [--all] [--timers]",
        description = "Events with their Lamport and vector timestamps, oldest first (the last 50 unless --all).",
        footer = {"examples: events", "          events n2", "          events --last 10"})
final class EventsCommand implements LabCommand {
    @Parameters(arity = "0..1", paramLabel = "NODE")
    String node;
    @Option(names = "--last", paramLabel = "N", description = "show the last N rows (default 50)")
    String last;
    @Option(names = "--all", description = "show every row")
    boolean all;
    @Option(names = "--timers", description = "include timer firings")
    boolean timers;

    @Override
    public void run(Invocation in) {
        NodeId only = node == null ? null : in.session().node(node);
        int rows = all ? Integer.MAX_VALUE : last == null ? 50 : Args.integer(last, "N", 1, Integer.MAX_VALUE);
        in.out().lines(ListViews.events(in.sim(), only, rows, timers));
    }
}
