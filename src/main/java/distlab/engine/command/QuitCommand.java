package distlab.engine.command;

import picocli.CommandLine.Command;

@Command(name = "quit", customSynopsis = "quit",
        description = "Leave the lab (exit does the same).",
        footer = "example: quit")
final class QuitCommand implements LabCommand {
    @Override
    public void run(Invocation in) {
        in.quit();
    }
}
