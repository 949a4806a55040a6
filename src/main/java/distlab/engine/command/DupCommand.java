package distlab.engine.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "dup", customSynopsis = "dup PERCENT",
        description = {"Each message is duplicated with this probability (0 to 100; default 0).",
                "The copy is a message of its own (the next id), travelling independently."},
        footer = "example: dup 10")
final class DupCommand implements LabCommand {
    @Parameters(arity = "0..1", paramLabel = "PERCENT")
    String percent;

    @Override
    public void run(Invocation in) {
        if (percent != null) in.sim().network().setDupPercent(Args.percent(percent));
        in.println("dup " + Args.percentText(in.sim().network().dupPercent()));
    }
}
