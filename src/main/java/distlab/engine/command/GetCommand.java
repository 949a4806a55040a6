package distlab.engine.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "get", customSynopsis = "get KEY [--client C]",
        description = {"Client C (default c1) reads KEY; prints its op id. OP.value is what it read (none if never written).",
                "(quorum, raft)",
                "quorum: one read to every replica in node order; ok after r replies, with the newest value.",
                "Then read repair (to older repliers) or, with writeback=on, a write-back to every replica, in node order."},
        footer = {"examples: get x", "          get x --client c2"})
final class GetCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "KEY")
    String key;
    @Option(names = "--client", paramLabel = "C", description = "the client that issues it (default c1)")
    String client = "c1";

    @Override
    public void run(Invocation in) {
        OpCommands.issue(in, client, "get", key, List.of());
    }
}
