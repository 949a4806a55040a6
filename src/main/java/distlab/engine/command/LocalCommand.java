package distlab.engine.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "local", customSynopsis = "local NODE [LABEL]",
        description = "A local event at NODE (it ticks NODE's Lamport and vector clocks).",
        footer = "example: local n1 \"write x\"")
final class LocalCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "NODE")
    String node;
    @Parameters(index = "1..*", arity = "0..*", paramLabel = "LABEL")
    List<String> label;

    @Override
    public void run(Invocation in) {
        String text = label == null ? null : String.join(" ", label);
        int max = in.session().limits().maxPayloadChars();
        if (text != null && text.length() > max) throw new distlab.sim.LabException("label too long (at most " + max + " characters)");
        int before = in.sim().trace().size();
        in.sim().local(in.session().node(node), text);
        in.printEntriesSince(before);
    }
}
