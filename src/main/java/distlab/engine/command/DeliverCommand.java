package distlab.engine.command;

import distlab.sim.net.MessageStatus;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "deliver", customSynopsis = "deliver MSG... | deliver all",
        description = {"Deliver in-flight messages now, in the order given.",
                "all: every message in flight when the command starts, in send order;",
                "messages sent while delivering stay in flight."},
        footer = {"examples: deliver m1", "          deliver m3 m2", "          deliver all"})
final class DeliverCommand implements LabCommand {
    @Parameters(arity = "1..*", paramLabel = "MSG")
    List<String> words;

    @Override
    public void run(Invocation in) {
        List<Integer> chosen = MessageChoice.inflight(in, words, "deliver");
        int before = in.sim().trace().size();
        for (int m : chosen) {
            // With "all", an earlier delivery may have made a later message moot (its node crashed).
            if (in.sim().messages().status(m) == MessageStatus.INFLIGHT) in.sim().deliver(m);
        }
        in.printEntriesSince(before);
    }
}
