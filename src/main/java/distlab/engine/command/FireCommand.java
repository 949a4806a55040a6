package distlab.engine.command;

import static distlab.protocol.command.WordKind.NODE;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import distlab.sim.node.TimerTag;

/** {@code fire NODE}: the node's earliest pending timer fires now (explore's schedules use it). */
final class FireCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("fire")
            .describe("The node's earliest pending timer fires now, before it is due, as if the node's clock ran fast;",
                    "everything else keeps its time. explore prints its schedules with it.")
            .word("NODE", NODE, Arity.ONE)
            .example("fire n2")
            .body(new FireCommand());

    @Override
    void run(Invocation in) {
        NodeId node = in.node(in.word("NODE"));
        if (!in.sim().isUp(node)) throw new LabException(node + " is down: a down node has no timers (restart " + node + " first)");
        int before = in.sim().trace().size();
        TimerTag fired = in.sim().fireNextTimer(node);
        if (fired == null) throw new LabException(node + " has no pending timer (show " + node + " lists its state)");
        in.printEntriesSince(before);
    }
}
