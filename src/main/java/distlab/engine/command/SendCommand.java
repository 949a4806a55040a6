package distlab.engine.command;

import static distlab.protocol.command.WordKind.NODE;
import static distlab.protocol.command.WordKind.TEXT;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.List;

/** {@code send FROM TO [PAYLOAD]}: an application message. */
final class SendCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("send")
            .describe("FROM sends an application message to TO; prints its id (m1) and the send event.",
                    "The send ticks FROM's clocks and carries its Lamport and vector timestamps.")
            .word("FROM", NODE).word("TO", NODE).word("PAYLOAD", TEXT, Arity.ANY)
            .example("send n1 n2 \"the moon is made of cheese\"")
            .body(new SendCommand());

    @Override
    void run(Invocation in) {
        NodeId sender = in.node(in.word("FROM"));
        NodeId receiver = in.node(in.word("TO"));
        if (sender.equals(receiver)) throw new LabException("a node cannot send to itself (FROM and TO are both " + sender + ")");
        List<String> payload = in.words("PAYLOAD");
        String text = String.join(" ", payload);
        int max = in.session().limits().maxPayloadChars();
        if (text.length() > max) throw new LabException("payload too long: " + text.length() + " characters (at most " + max + ")");
        int before = in.sim().trace().size();
        int m = in.sim().send(sender, receiver, text);
        in.printEntriesSince(before);
        in.printFlight(m);
    }
}
