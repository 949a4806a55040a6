package distlab.engine.command;

import static distlab.protocol.command.WordKind.FILE;

import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.HistoryModel;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.view.export.JepsenHistoryLog;
import distlab.view.export.ShivizLog;
import distlab.view.export.SvgDiagram;
import java.nio.file.Path;

/**
 * {@code export diagram|shiviz|history FILE [--force]}: the run so far in a file other tools
 * read (docs/formats.md): the whole space-time diagram as SVG, the trace for ShiViz, the client
 * history for check-history and Jepsen's tools.
 */
final class ExportCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("export").synopsis("export diagram|shiviz|history FILE [--force]")
            .describe("Write the run so far to FILE: diagram, the whole space-time diagram as SVG (no cap, labelled, coloured by kind);",
                    "shiviz, the trace with vector clocks for ShiViz; history, the client history in Jepsen's log format (check-history).")
            .choice("WHAT", Arity.ONE, "diagram", "shiviz", "history")
            .word("FILE", FILE)
            .flag("--force", "replace FILE if it exists")
            .example("export diagram run.svg", "export shiviz run.log", "export history ops.log")
            .readOnly()
            .body(new ExportCommand());

    @Override
    void run(Invocation in) {
        String what = in.word("WHAT");
        Path file = FileOutput.path(in.word("FILE"));
        String text;
        String count;
        switch (what) {
            case "diagram" -> {
                text = SvgDiagram.of(in.sim());
                count = in.sim().trace().eventCount() + " events, " + in.sim().messages().count() + " messages";
            }
            case "shiviz" -> {
                text = ShivizLog.of(in.sim());
                count = in.sim().trace().eventCount() + " events";
            }
            default -> {
                if (!(in.session().module() instanceof ClientProtocol clients) || clients.historyModel() == HistoryModel.NONE) {
                    throw new LabException("export history needs a protocol with a client history (raft or quorum); this session runs "
                            + in.session().protocolName());
                }
                text = JepsenHistoryLog.of(clients.history());
                count = clients.history().ops().stream().filter(o -> o.invoked()).count() + " ops";
            }
        }
        long bytes = FileOutput.write(file, text, in.flag("--force"));
        in.println("exported " + what + " to " + file + ": " + count + " (" + bytes + " bytes)");
    }
}
