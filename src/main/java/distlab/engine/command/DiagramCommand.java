package distlab.engine.command;

import static distlab.protocol.command.WordKind.NUMBER;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.view.SpaceTimeDiagram;

/** {@code diagram [ROWS | all]}: the space-time diagram. */
final class DiagramCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("diagram").synopsis("diagram [ROWS | all] [--width W]")
            .describe("The space-time diagram: a column per node, time flowing down, one row per event.",
                    "●╌m1╌▷ a send, ├─m1─▶● its receipt, ✕ a lost message, ○ a local event, ✖ a crash.",
                    "Shows the last 40 rows unless told otherwise.")
            .word("ROWS", NUMBER, Arity.OPTIONAL)
            .option("--width", "W", NUMBER, "fit the diagram to W columns (default 80)")
            .example("diagram", "diagram all", "diagram 10 --width 120")
            .readOnly()
            .body(new DiagramCommand());

    @Override
    void run(Invocation in) {
        String rows = in.word("ROWS");
        if (rows != null && !rows.equals("all") && !rows.matches("\\d+")) {
            throw new LabException("ROWS must be a whole number or all, not '" + WordParser.cut(rows) + "'; usage: " + SPEC.synopsis());
        }
        int last = rows == null ? 40 : rows.equals("all") ? 0 : Args.integer(rows, "ROWS", 1, Integer.MAX_VALUE);
        String width = in.option("--width");
        int columns = width == null ? 80 : Args.integer(width, "W", 40, 1000);
        in.lines(SpaceTimeDiagram.render(in.sim(), last, columns));
    }
}
