package distlab.engine.command;

import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "send", customSynopsis = "send FROM TO [PAYLOAD]",
        description = {"FROM sends an application message to TO; prints its id (m1) and the send event.",
                "The send ticks FROM's clocks and carries its Lamport and vector timestamps."},
        footer = "example: send n1 n2 \"the moon is made of cheese\"")
final class SendCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "FROM")
    String from;
    @Parameters(index = "1", paramLabel = "TO")
    String to;
    @Parameters(index = "2..*", arity = "0..*", paramLabel = "PAYLOAD")
    List<String> payload;

    @Override
    public void run(Invocation in) {
        NodeId sender = in.session().node(from);
        NodeId receiver = in.session().node(to);
        if (sender.equals(receiver)) throw new LabException("a node cannot send to itself (FROM and TO are both " + from + ")");
        String text = payload == null ? "" : String.join(" ", payload);
        int max = in.session().limits().maxPayloadChars();
        if (text.length() > max) throw new LabException("payload too long: " + text.length() + " characters (at most " + max + ")");
        int before = in.sim().trace().size();
        int m = in.sim().send(sender, receiver, text);
        in.printEntriesSince(before);
        long due = in.sim().messages().dueAt(m);
        if (in.sim().messages().status(m) == distlab.sim.net.MessageStatus.INFLIGHT) {
            in.println("m" + m + " in flight" + (due < 0 ? " until delivered by hand (deliver m" + m + ")"
                    : ", arrives at " + distlab.sim.SimTime.format(due)));
        }
    }
}
