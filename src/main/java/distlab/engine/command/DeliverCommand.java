package distlab.engine.command;

import static distlab.protocol.command.WordKind.MESSAGE_OR_ALL;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.net.MessageStatus;
import java.util.List;

/** {@code deliver MSG... | deliver all}: in-flight messages arrive now, in the order given. */
final class DeliverCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("deliver").synopsis("deliver MSG... | deliver all")
            .describe("Deliver in-flight messages now, in the order given.",
                    "all: every message in flight when the command starts, in send order;",
                    "messages sent while delivering stay in flight. With none in flight, all prints a note.")
            .word("MSG", MESSAGE_OR_ALL, Arity.MANY)
            .example("deliver m1", "deliver m3 m2", "deliver all")
            .body(new DeliverCommand());

    @Override
    void run(Invocation in) {
        List<Integer> chosen = MessageChoice.inflight(in, in.words("MSG"), "deliver");
        int before = in.sim().trace().size();
        for (int m : chosen) {
            // With "all", an earlier delivery may have made a later message moot (its node crashed).
            if (in.sim().messages().status(m) == MessageStatus.INFLIGHT) in.sim().deliver(m);
        }
        in.printEntriesSince(before);
    }
}
