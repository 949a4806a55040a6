package distlab.engine.command;

import static distlab.protocol.command.WordKind.NUMBER;

import distlab.engine.Percent;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;

/** {@code dup PERCENT}: the chance that a message is duplicated. */
final class DupCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("dup")
            .describe("Each message is duplicated with this probability (0 to 100; default 0).",
                    "The copy is a message of its own (the next id), travelling independently.")
            .word("PERCENT", NUMBER, Arity.OPTIONAL)
            .example("dup 10")
            .body(new DupCommand());

    @Override
    void run(Invocation in) {
        String percent = in.word("PERCENT");
        if (percent != null) in.sim().network().setDupPercent(Percent.parse(percent));
        in.println("dup " + Percent.show(in.sim().network().dupPercent()));
    }
}
