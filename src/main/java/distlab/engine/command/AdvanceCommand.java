package distlab.engine.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "advance", customSynopsis = "advance DURATION",
        description = "Process every event due within DURATION; time ends exactly DURATION later.",
        footer = {"examples: advance 150ms", "          advance 2s"})
final class AdvanceCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "DURATION")
    String duration;

    @Override
    public void run(Invocation in) {
        long micros = Args.duration(duration);
        int before = in.sim().trace().size();
        in.sim().advance(micros, () -> false);
        in.printActivitySince(before);
        in.printTime();
    }
}
