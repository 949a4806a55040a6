package distlab.engine.command;

import static distlab.protocol.command.WordKind.NODE_OR_ALL;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.List;

/** {@code restart NODE... | restart all}: crashed nodes start again from persistent state. */
final class RestartCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("restart").synopsis("restart NODE... | restart all")
            .describe("The nodes start again from their persistent state (all: every crashed node; none crashed: a note).")
            .word("NODE", NODE_OR_ALL, Arity.MANY)
            .example("restart n2", "restart all")
            .body(new RestartCommand());

    @Override
    void run(Invocation in) {
        List<String> names = in.words("NODE");
        List<NodeId> nodes;
        if (names.size() == 1 && names.get(0).equals("all")) {
            nodes = in.sim().nodes().stream().filter(n -> !in.sim().isUp(n)).toList();
            if (nodes.isEmpty()) in.println("no node is down");
        } else {
            if (names.contains("all")) throw new LabException("'all' stands alone: restart all");
            nodes = Args.nodes(in, names);
            for (NodeId n : nodes) {
                if (in.sim().isUp(n)) throw new LabException(n + " is already up (only a crashed node can restart)");
            }
        }
        int before = in.sim().trace().size();
        for (NodeId n : nodes) in.sim().restart(n);
        in.printEntriesSince(before);
    }
}
