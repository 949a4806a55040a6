package distlab.engine.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "put", customSynopsis = "put KEY VALUE [--client C]",
        description = {"Client C (default c1, created on first use) writes VALUE under KEY; prints its op id.",
                "A client has one op outstanding at a time; a later one waits, pending. (quorum, raft)",
                "quorum: one write to every replica in node order (3 replicas: 3 consecutive message ids);",
                "each replica acks at once; ok after w acks, failed after the timeout (its outcome then unknown)."},
        footer = {"examples: put x 1", "          put x 2 --client c2"})
final class PutCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "KEY")
    String key;
    @Parameters(index = "1", paramLabel = "VALUE")
    String value;
    @Option(names = "--client", paramLabel = "C", description = "the client that issues it (default c1)")
    String client = "c1";

    @Override
    public void run(Invocation in) {
        OpCommands.issue(in, client, "put", key, List.of(value));
    }
}
