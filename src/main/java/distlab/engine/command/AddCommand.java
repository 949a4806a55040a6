package distlab.engine.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "add", customSynopsis = "add NODE ELEM",
        description = {"Sets (lwwset, orset): replica NODE adds ELEM, as a local event.",
                "lwwset stamps the add (Lamport clock, node); orset gives it a unique tag, the same stamp."},
        footer = {"examples: add n1 milk", "          add n2 eggs"})
final class AddCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "NODE")
    String node;
    @Parameters(index = "1", paramLabel = "ELEM")
    String element;

    @Override
    public void run(Invocation in) {
        CrdtCommands.write(in, "add", "orset", node, element, "element");
    }
}
