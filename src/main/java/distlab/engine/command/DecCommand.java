package distlab.engine.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "dec", customSynopsis = "dec NODE [AMOUNT]",
        description = {"pncounter: replica NODE takes AMOUNT (default 1) off, counted in its own N entry.",
                "A local event at NODE; a gcounter cannot count down."},
        footer = {"examples: dec n1", "          dec n3 4"})
final class DecCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "NODE")
    String node;
    @Parameters(index = "1", arity = "0..1", paramLabel = "AMOUNT")
    String amount;

    @Override
    public void run(Invocation in) {
        CrdtCommands.count(in, "dec", "pncounter", node, amount);
    }
}
