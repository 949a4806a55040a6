package distlab.engine.command;

import static distlab.protocol.command.WordKind.NODE;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.List;

/** {@code crash NODE...}: the nodes stop, losing volatile state. */
final class CrashCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("crash")
            .describe("The nodes stop: volatile state is lost, timers are cancelled, messages to them are lost.",
                    "Persistent state (e.g. Raft's term, vote and log; a quorum replica's store) survives for restart.")
            .word("NODE", NODE, Arity.MANY)
            .example("crash n2", "crash leader")
            .body(new CrashCommand());

    @Override
    void run(Invocation in) {
        List<NodeId> nodes = Args.nodes(in, in.words("NODE"));
        for (NodeId n : nodes) {
            if (!in.sim().isUp(n)) throw new LabException(n + " is already down (restart " + n + " to bring it back)");
        }
        int before = in.sim().trace().size();
        for (NodeId n : nodes) in.sim().crash(n);
        in.printEntriesSince(before);
    }
}
