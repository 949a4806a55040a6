package distlab.engine.command;


import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.view.ListViews;

/** {@code messages [all]}: messages in flight (all: every message). */
final class MessagesCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("messages")
            .describe("Messages in flight, with sender, receiver, payload and when they are due (all: every message).")
            .choice("all", Arity.OPTIONAL, "all")
            .example("messages", "messages all")
            .readOnly()
            .body(new MessagesCommand());

    @Override
    void run(Invocation in) {
        in.lines(ListViews.messages(in.sim(), in.word("all") != null));
    }
}
