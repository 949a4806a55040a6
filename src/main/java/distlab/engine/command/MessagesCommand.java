package distlab.engine.command;

import distlab.sim.LabException;
import distlab.view.ListViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "messages", customSynopsis = "messages [all]",
        description = "Messages in flight, with sender, receiver, payload and when they are due (all: every message).",
        footer = "example: messages")
final class MessagesCommand implements LabCommand {
    @Parameters(arity = "0..1", paramLabel = "all")
    String all;

    @Override
    public void run(Invocation in) {
        if (all != null && !all.equals("all")) throw new LabException("unexpected '" + all + "'; usage: messages [all]");
        in.out().lines(ListViews.messages(in.sim(), all != null));
    }
}
