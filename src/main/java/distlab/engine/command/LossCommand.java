package distlab.engine.command;

import static distlab.protocol.command.WordKind.NUMBER;

import distlab.engine.Percent;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;

/** {@code loss PERCENT}: the chance that a message is lost. */
final class LossCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("loss")
            .describe("Each message is lost with this probability (0 to 100; default 0).")
            .word("PERCENT", NUMBER, Arity.OPTIONAL)
            .example("loss 20")
            .body(new LossCommand());

    @Override
    void run(Invocation in) {
        String percent = in.word("PERCENT");
        if (percent != null) in.sim().network().setLossPercent(Percent.parse(percent));
        in.println("loss " + Percent.show(in.sim().network().lossPercent()));
    }
}
