package distlab.engine.command;

import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "cut", customSynopsis = "cut A B | cut A->B",
        description = "Cut the link between A and B both ways, or only from A to B. heal restores it.",
        footer = {"examples: cut n1 n2", "          cut n1->n2"})
final class CutCommand implements LabCommand {
    @Parameters(arity = "1..*", paramLabel = "LINK")
    List<String> words;

    @Override
    public void run(Invocation in) {
        List<String> link = Links.endpoints(words, "cut A B | cut A->B");
        if (link.isEmpty()) throw new LabException("missing link; usage: cut A B | cut A->B");
        NodeId a = in.session().node(link.get(0));
        NodeId b = in.session().node(link.get(1));
        if (a.equals(b)) throw new LabException("a link joins two different nodes");
        in.sim().network().cut(a.index(), b.index());
        if (Links.oneWay(words)) {
            in.println("cut " + a + "->" + b + " (" + b + " can still reach " + a + ")");
        } else {
            in.sim().network().cut(b.index(), a.index());
            in.println("cut " + a + " " + b + " (both ways)");
        }
    }
}
