package distlab.engine.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "timeout", customSynopsis = "timeout NODE",
        description = {"Raft: NODE's election timer fires now, so it starts an election in the next term.",
                "Lets a script choose who runs first (e.g. the lecture 6.2 exercise)."},
        footer = {"example: timeout n2"})
final class TimeoutCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "NODE")
    String node;

    @Override
    public void run(Invocation in) {
        var raft = RaftCommands.module(in, "timeout");
        int before = in.sim().trace().size();
        raft.timeout(in.session().node(node));
        in.printEntriesSince(before);
    }
}
