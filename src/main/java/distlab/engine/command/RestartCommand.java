package distlab.engine.command;

import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restart", customSynopsis = "restart NODE... | restart all",
        description = "The nodes start again from their persistent state (all: every crashed node).",
        footer = {"examples: restart n2", "          restart all"})
final class RestartCommand implements LabCommand {
    @Parameters(arity = "1..*", paramLabel = "NODE")
    List<String> names;

    @Override
    public void run(Invocation in) {
        List<NodeId> nodes;
        if (names.size() == 1 && names.get(0).equals("all")) {
            nodes = in.sim().nodes().stream().filter(n -> !in.sim().isUp(n)).toList();
            if (nodes.isEmpty()) throw new LabException("no node is down");
        } else {
            nodes = Args.nodes(in.session(), names);
            for (NodeId n : nodes) {
                if (in.sim().isUp(n)) throw new LabException(n + " is already up (only a crashed node can restart)");
            }
        }
        int before = in.sim().trace().size();
        for (NodeId n : nodes) in.sim().restart(n);
        in.printEntriesSince(before);
    }
}
