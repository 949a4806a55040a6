package distlab.engine.command;

import distlab.sim.net.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "step", customSynopsis = "step [N]",
        description = "Process the next N scheduled events (message arrivals, timers), moving time to each. N defaults to 1.",
        footer = "example: step 3")
final class StepCommand implements LabCommand {
    @Parameters(arity = "0..1", paramLabel = "N")
    String count;

    @Override
    public void run(Invocation in) {
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
