package distlab.engine.command;

import distlab.sim.LabException;
import distlab.sim.net.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "net", customSynopsis = "net auto | net manual",
        description = {"auto (default): messages arrive after the link latency.",
                "manual: a message arrives only when you deliver it (timers still fire)."},
        footer = "example: net manual")
final class NetCommand implements LabCommand {
    @Parameters(arity = "0..1", paramLabel = "MODE")
    String mode;

    @Override
    public void run(Invocation in) {
        if (mode == null) {
            in.println("net " + in.sim().network().mode().name().toLowerCase(java.util.Locale.ROOT));
            return;
        }
        switch (mode) {
            case "auto" -> in.sim().setMode(Network.Mode.AUTO);
            case "manual" -> in.sim().setMode(Network.Mode.MANUAL);
            default -> throw new LabException("unknown mode '" + mode + "'; usage: net auto | net manual");
        }
        in.println("net " + mode + (mode.equals("manual") ? ": deliver messages with deliver MSG... or deliver all" : ""));
    }
}
