package distlab.engine.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", customSynopsis = "remove NODE ELEM",
        description = {"Sets (lwwset, orset): replica NODE removes ELEM, as a local event.",
                "lwwset stamps the remove: ELEM stays out unless a later-stamped add comes (stamps never tie;",
                "config bias=add|remove compares clocks only). orset tombstones only the tags NODE has observed."},
        footer = {"examples: remove n2 milk"})
final class RemoveCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "NODE")
    String node;
    @Parameters(index = "1", paramLabel = "ELEM")
    String element;

    @Override
    public void run(Invocation in) {
        CrdtCommands.write(in, "remove", "orset", node, element, "element");
    }
}
