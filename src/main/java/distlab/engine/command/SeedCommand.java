package distlab.engine.command;

import static distlab.protocol.command.WordKind.NUMBER;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;

/** {@code seed [N]}: show the seed, or set it and reset. */
final class SeedCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("seed")
            .describe("Set the random seed and reset the session; without N, show the seed.",
                    "The same seed and the same commands give the same run, byte for byte.")
            .word("N", NUMBER, Arity.OPTIONAL)
            .example("seed 42")
            .replacesSession()
            .body(new SeedCommand());

    @Override
    void run(Invocation in) {
        String seed = in.word("N");
        if (seed == null) {
            in.println("seed " + in.session().seed());
            return;
        }
        if (!seed.matches("-?\\d{1,18}")) throw new LabException("the seed must be a whole number of at most 18 digits, not '" + WordParser.cut(seed) + "'");
        in.session().setSeed(Long.parseLong(seed));
        in.println("seed " + seed + "; session reset");
    }
}
