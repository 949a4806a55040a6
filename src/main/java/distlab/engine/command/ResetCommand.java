package distlab.engine.command;

import picocli.CommandLine.Command;

@Command(name = "reset", customSynopsis = "reset",
        description = {"Remove every node, message, event and op; time back to 0; ids start again.",
                "The seed stays the same."},
        footer = "example: reset")
final class ResetCommand implements LabCommand {
    @Override
    public void run(Invocation in) {
        in.session().reset();
        in.println("session reset (seed " + in.session().seed() + ")");
    }
}
