package distlab.engine.command;

import distlab.sim.node.NodeId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "crash", customSynopsis = "crash NODE...",
        description = {"The nodes stop: volatile state is lost, timers are cancelled, messages to them are lost.",
                "Persistent state (e.g. Raft's term, vote and log; a quorum replica's store) survives for restart."},
        footer = {"examples: crash n2", "          crash leader"})
final class CrashCommand implements LabCommand {
    @Parameters(arity = "1..*", paramLabel = "NODE")
    List<String> names;

    @Override
    public void run(Invocation in) {
        List<NodeId> nodes = Args.nodes(in.session(), names);
        for (NodeId n : nodes) {
            if (!in.sim().isUp(n)) throw new distlab.sim.LabException(n + " is already down (restart " + n + " to bring it back)");
        }
        int before = in.sim().trace().size();
        for (NodeId n : nodes) in.sim().crash(n);
        in.printEntriesSince(before);
    }
}
