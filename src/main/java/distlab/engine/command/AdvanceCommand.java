package distlab.engine.command;

import static distlab.protocol.command.WordKind.DURATION;

import distlab.protocol.command.CommandSpec;
import distlab.protocol.command.RunWindow;
import distlab.sim.SimTime;

/** {@code advance DURATION}: every event due within it; time ends exactly that much later. */
final class AdvanceCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("advance")
            .describe("Process every event due within DURATION; time ends exactly DURATION later.")
            .word("DURATION", DURATION)
            .example("advance 150ms", "advance 2s")
            .runs(call -> RunWindow.until(call.sim().now() + SimTime.parse(call.word("DURATION"))))
            .body(new AdvanceCommand());

    @Override
    void run(Invocation in) {
        long micros = Args.duration(in.word("DURATION"));
        int before = in.sim().trace().size();
        in.sim().advance(micros, () -> false);
        in.printActivitySince(before);
        in.printTime();
    }
}
