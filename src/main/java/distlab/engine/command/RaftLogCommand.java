package distlab.engine.command;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "raftlog", customSynopsis = "raftlog NODE TERM... [--term T]",
        description = {"Raft set-up: give NODE a log whose entries have these terms (entry i is put kI TERM),",
                "current term T (default: the last entry's term) and no vote. Only before anything has",
                "happened or while NODE is down. The safety checker judges the result like any other state."},
        footer = {"examples: raftlog A 1 1 --term 3", "          raftlog B 1 2 2 2 --term 3", "          raftlog C 1 2 3"})
final class RaftLogCommand implements LabCommand {
    @Parameters(index = "0", paramLabel = "NODE")
    String node;
    @Parameters(index = "1..*", arity = "0..*", paramLabel = "TERM")
    List<String> terms;
    @Option(names = "--term", paramLabel = "T", description = "the node's current term")
    String term;

    @Override
    public void run(Invocation in) {
        var raft = RaftCommands.module(in, "raftlog");
        List<Integer> entries = new ArrayList<>();
        if (terms != null) {
            for (String t : terms) entries.add(Args.integer(t, "TERM", 1, 1_000_000));
        }
        Integer current = term == null ? null : Args.integer(term, "--term", 0, 1_000_000);
        in.println(raft.setLog(in.session().node(node), entries, current));
    }
}
