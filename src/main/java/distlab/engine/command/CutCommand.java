package distlab.engine.command;

import static distlab.protocol.command.WordKind.NODE;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.List;

/** {@code cut A B} or {@code cut A->B}: a link cut both ways or one way. */
final class CutCommand extends KernelCommand {
    private static final String USAGE = "cut A B | cut A->B";

    static final CommandSpec SPEC = CommandSpec.named("cut").synopsis(USAGE)
            .describe("Cut the link between A and B both ways, or only from A to B. heal restores it.")
            .word("LINK", NODE, Arity.MANY)
            .example("cut n1 n2", "cut n1->n2")
            .body(new CutCommand());

    @Override
    void run(Invocation in) {
        List<String> words = in.words("LINK");
        List<String> link = Links.endpoints(words, USAGE);
        if (link.isEmpty()) throw new LabException("missing link; usage: " + USAGE);
        NodeId a = in.node(link.get(0));
        NodeId b = in.node(link.get(1));
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
