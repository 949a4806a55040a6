package distlab.engine.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "loss", customSynopsis = "loss PERCENT",
        description = "Each message is lost with this probability (0 to 100; default 0).",
        footer = "example: loss 20")
final class LossCommand implements LabCommand {
    @Parameters(arity = "0..1", paramLabel = "PERCENT")
    String percent;

    @Override
    public void run(Invocation in) {
        if (percent != null) in.sim().network().setLossPercent(Args.percent(percent));
        in.println("loss " + Args.percentText(in.sim().network().lossPercent()));
    }
}
