package distlab.engine.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "inc", customSynopsis = "inc NODE [AMOUNT]",
        description = {"Counters (gcounter, pncounter): replica NODE adds AMOUNT (default 1) to its own entry.",
                "A local event at NODE; other replicas learn of it only by sync or gossip."},
        footer = {"examples: inc n1", "          inc n2 5"})
final class IncCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "NODE")
    String node;
    @Parameters(index = "1", arity = "0..1", paramLabel = "AMOUNT")
    String amount;

    @Override
    public void run(Invocation in) {
        CrdtCommands.count(in, "inc", "gcounter", node, amount);
    }
}
