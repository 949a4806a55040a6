package distlab.engine.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "set", customSynopsis = "set NODE VALUE",
        description = {"Registers (lwwreg, mvreg): replica NODE writes VALUE, as a local event.",
                "lwwreg stamps it (Lamport clock, node); mvreg tags it with a version vector."},
        footer = {"examples: set n1 red", "          set n2 blue"})
final class SetCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "NODE")
    String node;
    @Parameters(index = "1", paramLabel = "VALUE")
    String value;

    @Override
    public void run(Invocation in) {
        CrdtCommands.write(in, "set", "lwwreg", node, value, "value");
    }
}
