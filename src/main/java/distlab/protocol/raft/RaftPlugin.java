package distlab.protocol.raft;

import static distlab.protocol.command.WordKind.NODE;
import static distlab.protocol.command.WordKind.NUMBER;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.client.KvCommands;
import distlab.protocol.command.Arity;
import distlab.protocol.command.Call;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import java.util.ArrayList;
import java.util.List;

/** Raft (lecture 6.2): its servers and clients, and the commands that steer an election. */
public final class RaftPlugin implements ProtocolPlugin {
    private static final String GROUP = "Raft";

    private static void raftlog(Call call) {
        RaftModule raft = call.module(RaftModule.class);
        List<Integer> entries = new ArrayList<>();
        for (String t : call.words("TERM")) entries.add(whole(t, "TERM"));
        String term = call.option("--term");
        call.println(raft.setLog(call.node(call.word("NODE")), entries, term == null ? null : whole(term, "--term")));
    }

    private static int whole(String word, String what) {
        if (!word.matches("\\d{1,7}") || Integer.parseInt(word) > 1_000_000) {
            throw new LabException(what + " must be a whole number from 0 to 1000000, not '" + word + "'");
        }
        return Integer.parseInt(word);
    }

    /** Its commands, built on first use rather than when the registry lists the family (start-up time). */
    private static final class Specs {
        static final CommandSpec TIMEOUT = CommandSpec.named("timeout").group(GROUP)
                .describe("Raft: NODE's election timer fires now, so it starts an election in the next term.",
                        "Lets a script choose who runs first (e.g. the lecture 6.2 exercise).")
                .word("NODE", NODE)
                .example("timeout n2")
                .body(call -> {
                    RaftModule raft = call.module(RaftModule.class);
                    int before = call.sim().trace().size();
                    raft.timeout(call.node(call.word("NODE")));
                    call.printEntriesSince(before);
                });

        static final CommandSpec RAFTLOG = CommandSpec.named("raftlog").group(GROUP)
                .describe("Raft set-up: give NODE a log whose entries have these terms (entry i is put kI TERM),",
                        "current term T (default: the last entry's term) and no vote. Only before anything has",
                        "happened or while NODE is down. The safety checker judges the result like any other state;",
                        "when the cluster starts, a warning says if no run could have reached it.")
                .word("NODE", NODE).word("TERM", NUMBER, Arity.ANY).option("--term", "T", NUMBER, "the node's current term")
                .example("raftlog A 1 1 --term 3", "raftlog B 1 2 2 2 --term 3", "raftlog C 1 2 3")
                .body(RaftPlugin::raftlog);
    }

    @Override public String group() { return GROUP; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("raft",
                "Raft consensus: leader election, log replication, a replicated key-value store (put, get, cas)"));
    }

    @Override public ProtocolModule create(String name) { return new RaftModule(); }

    @Override
    public List<CommandSpec> commands() {
        return List.of(KvCommands.PUT, KvCommands.GET, KvCommands.CAS, Specs.TIMEOUT, Specs.RAFTLOG);
    }
}
