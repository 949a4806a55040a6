package distlab.engine.command;

import static distlab.protocol.command.WordKind.NODE;
import static distlab.protocol.command.WordKind.TEXT;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import java.util.List;

/** {@code local NODE [LABEL]}: a local event. */
final class LocalCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("local")
            .describe("A local event at NODE (it ticks NODE's Lamport and vector clocks).")
            .word("NODE", NODE).word("LABEL", TEXT, Arity.ANY)
            .example("local n1 \"write x\"")
            .body(new LocalCommand());

    @Override
    void run(Invocation in) {
        List<String> label = in.words("LABEL");
        String text = label.isEmpty() ? null : String.join(" ", label);
        int max = in.session().limits().maxPayloadChars();
        if (text != null && text.length() > max) throw new LabException("label too long (at most " + max + " characters)");
        int before = in.sim().trace().size();
        in.sim().local(in.node(in.word("NODE")), text);
        in.printEntriesSince(before);
    }
}
