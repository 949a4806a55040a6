package distlab.engine.command;

import distlab.sim.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "seed", customSynopsis = "seed [N]",
        description = {"Set the random seed and reset the session; without N, show the seed.",
                "The same seed and the same commands give the same run, byte for byte."},
        footer = "example: seed 42")
final class SeedCommand implements LabCommand {
    @Parameters(arity = "0..1", paramLabel = "N")
    String seed;

    @Override
    public void run(Invocation in) {
        if (seed == null) {
            in.println("seed " + in.session().seed());
            return;
        }
        if (!seed.matches("-?\\d{1,18}")) throw new LabException("the seed must be a whole number, not '" + seed + "'");
        in.session().setSeed(Long.parseLong(seed));
        in.println("seed " + seed + "; session reset");
    }
}
