package distlab.engine.command;

import picocli.CommandLine.Command;

@Command(name = "heal", customSynopsis = "heal",
        description = "Remove every partition and cut link.",
        footer = "example: heal")
final class HealCommand implements LabCommand {
    @Override
    public void run(Invocation in) {
        in.sim().network().heal();
        in.println("network healed: every node can reach every other");
    }
}
