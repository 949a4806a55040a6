package distlab.engine.command;

import distlab.sim.LabException;
import distlab.view.SpaceTimeDiagram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diagram", customSynopsis = "diagram [ROWS | all] [--width W]",
        description = {"The space-time diagram: a column per node, time flowing down, one row per event.",
                "●╌m1╌▷ a send, ├─m1─▶● its receipt, ✕ a lost message, ○ a local event, ✖ a crash.",
                "Shows the last 40 rows unless told otherwise."},
        footer = {"examples: diagram", "          diagram all", "          diagram 10 --width 120"})
final class DiagramCommand implements LabCommand {
    @Parameters(arity = "0..1", paramLabel = "ROWS")
    String rows;
    @Option(names = "--width", paramLabel = "W", description = "fit the diagram to W columns (default 80)")
    String width;

    @Override
    public void run(Invocation in) {
        int last = rows == null ? 40 : rows.equals("all") ? 0 : Args.integer(rows, "ROWS", 1, Integer.MAX_VALUE);
        int columns = width == null ? 80 : Args.integer(width, "W", 40, 1000);
        if (rows != null && !rows.equals("all") && !rows.matches("\\d+")) throw new LabException("usage: diagram [ROWS | all]");
        in.out().lines(SpaceTimeDiagram.render(in.sim(), last, columns));
    }
}
