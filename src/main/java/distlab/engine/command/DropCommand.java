package distlab.engine.command;

import static distlab.protocol.command.WordKind.MESSAGE_OR_ALL;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import java.util.List;

/** {@code drop MSG... | drop all}: loses in-flight messages. */
final class DropCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("drop").synopsis("drop MSG... | drop all")
            .describe("Lose in-flight messages (all: every message in flight; with none in flight, a note).")
            .word("MSG", MESSAGE_OR_ALL, Arity.MANY)
            .example("drop m2", "drop all")
            .body(new DropCommand());

    @Override
    void run(Invocation in) {
        List<Integer> chosen = MessageChoice.inflight(in, in.words("MSG"), "drop");
        int before = in.sim().trace().size();
        for (int m : chosen) in.sim().drop(m);
        in.printEntriesSince(before);
    }
}
