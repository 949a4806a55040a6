package distlab.engine.command;

import static distlab.protocol.command.WordKind.NODE;
import static distlab.protocol.command.WordKind.TEXT;
import static distlab.protocol.command.WordKind.WORD;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.net.Bytes;
import distlab.sim.node.NodeId;
import java.util.List;

/** {@code send FROM TO [PAYLOAD]}: an application message. */
final class SendCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("send")
            .describe("FROM sends an application message to TO; prints its id (m1) and the send event.",
                    "The send ticks FROM's clocks and carries its Lamport and vector timestamps.")
            .word("FROM", NODE).word("TO", NODE).word("PAYLOAD", TEXT, Arity.ANY)
            .option("--size", "BYTES", WORD, "bytes it puts on the wire: it takes latency + size / bandwidth (e.g. 2MB)")
            .example("send n1 n2 \"the moon is made of cheese\"", "send n1 n2 photo --size 2MB")
            .body(new SendCommand());

    private static final long MAX_TRANSMIT_MICROS = 365 * SimTime.MAX_MICROS;

    @Override
    void run(Invocation in) {
        NodeId sender = in.node(in.word("FROM"));
        NodeId receiver = in.node(in.word("TO"));
        if (sender.equals(receiver)) throw new LabException("a node cannot send to itself (FROM and TO are both " + sender + ")");
        List<String> payload = in.words("PAYLOAD");
        String text = String.join(" ", payload);
        int max = in.session().limits().maxPayloadChars();
        if (text.length() > max) throw new LabException("payload too long: " + text.length() + " characters (at most " + max + ")");
        long size = size(in, sender, receiver);
        int before = in.sim().trace().size();
        int m = in.session().module().applicationSend(in.sim(), sender, receiver, text, size);
        in.printEntriesSince(before);
        in.printFlight(m);
    }

    /** The --size given, refused when the link would need more than a year to carry it. */
    private static long size(Invocation in, NodeId from, NodeId to) {
        String word = in.option("--size");
        if (word == null) return 0;
        long bytes = Bytes.parse(word);
        long micros = in.sim().network().transmitMicros(from.index(), to.index(), bytes);
        if (micros > MAX_TRANSMIT_MICROS) {
            throw new LabException(Bytes.format(bytes) + " at " + in.sim().network().bandwidth(from.index(), to.index())
                    + " would take more than a year on the wire (raise the bandwidth: bandwidth RATE " + from + " " + to + ")");
        }
        return bytes;
    }
}
