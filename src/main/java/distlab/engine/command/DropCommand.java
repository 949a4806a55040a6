package distlab.engine.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "drop", customSynopsis = "drop MSG... | drop all",
        description = "Lose in-flight messages (all: every message in flight).",
        footer = {"examples: drop m2", "          drop all"})
final class DropCommand implements LabCommand {
    @Parameters(arity = "1..*", paramLabel = "MSG")
    List<String> words;

    @Override
    public void run(Invocation in) {
        List<Integer> chosen = MessageChoice.inflight(in, words, "drop");
        int before = in.sim().trace().size();
        for (int m : chosen) in.sim().drop(m);
        in.printEntriesSince(before);
    }
}
