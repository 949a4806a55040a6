package distlab.engine.command;

import static distlab.protocol.command.WordKind.NUMBER;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.protocol.command.RunWindow;
import distlab.sim.net.Network;

/** {@code step [N]}: the next N scheduled events. */
final class StepCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("step")
            .describe("Process the next N scheduled events (message arrivals, timers), moving time to each. N defaults to 1.")
            .word("N", NUMBER, Arity.OPTIONAL)
            .example("step", "step 3")
            .runs(call -> call.word("N") != null && call.word("N").matches("\\d{1,9}") && Integer.parseInt(call.word("N")) > 1
                    ? RunWindow.until(Long.MAX_VALUE) : null)
            .body(new StepCommand());

    @Override
    void run(Invocation in) {
        String count = in.word("N");
        int n = count == null ? 1 : Args.integer(count, "N", 1, in.session().limits().maxEventsPerCommand());
        int before = in.sim().trace().size();
        int done = in.sim().step(n);
        in.printActivitySince(before);
        if (done < n) {
            boolean manual = in.sim().network().mode() == Network.Mode.MANUAL && in.sim().messages().inflight() > 0;
            in.println((done == 0 ? "nothing scheduled" : "only " + done + " scheduled")
                    + (manual ? " (net manual: deliver messages by hand, e.g. deliver all)" : ""));
        }
        in.printTime();
    }
}
