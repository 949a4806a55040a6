package distlab.engine.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cas", customSynopsis = "cas KEY OLD NEW [--client C]",
        description = {"Compare-and-set: if KEY holds OLD, set it to NEW (ok), else change nothing (failed: cas mismatch).",
                "(raft)"},
        footer = {"examples: cas x 1 2", "          cas x 1 3 --client c2"})
final class CasCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "KEY")
    String key;
    @Parameters(index = "1", paramLabel = "OLD")
    String expected;
    @Parameters(index = "2", paramLabel = "NEW")
    String replacement;
    @Option(names = "--client", paramLabel = "C", description = "the client that issues it (default c1)")
    String client = "c1";

    @Override
    public void run(Invocation in) {
        OpCommands.issue(in, client, "cas", key, List.of(expected, replacement));
    }
}
