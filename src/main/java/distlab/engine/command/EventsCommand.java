package distlab.engine.command;

import static distlab.protocol.command.WordKind.NODE;
import static distlab.protocol.command.WordKind.NUMBER;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.node.NodeId;
import distlab.view.ListViews;

/** {@code events [NODE]}: events with their Lamport and vector timestamps. */
final class EventsCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("events")
            .describe("Events with their Lamport and vector timestamps, oldest first (the last 50 unless --all).")
            .word("NODE", NODE, Arity.OPTIONAL)
            .option("--last", "N", NUMBER, "show the last N rows (default 50)")
            .flag("--all", "show every row")
            .flag("--timers", "include timer firings")
            .example("events", "events n2", "events --last 10")
            .readOnly()
            .body(new EventsCommand());

    @Override
    void run(Invocation in) {
        String node = in.word("NODE");
        NodeId only = node == null ? null : in.session().node(node);
        String last = in.option("--last");
        int rows = in.flag("--all") ? Integer.MAX_VALUE : last == null ? 50 : Args.integer(last, "N", 1, Integer.MAX_VALUE);
        in.lines(ListViews.events(in.sim(), only, rows, in.flag("--timers")));
    }
}
