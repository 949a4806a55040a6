package distlab.protocol.twopc;

import static distlab.protocol.command.WordKind.CLIENT;
import static distlab.protocol.command.WordKind.NODE;
import static distlab.protocol.command.WordKind.WORD;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.client.Clients;
import distlab.protocol.command.Arity;
import distlab.protocol.command.Call;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Two-phase commit and its fault-tolerant form (lecture 7.1). */
public final class TwoPcPlugin implements ProtocolPlugin {
    private static final String GROUP = "Atomic commit";
    /** At most this many writes in one transaction. */
    static final int MAX_WRITES = 32;
    /** Compiled on first use, not when the registry lists the family (start-up time). */
    private static final class Syntax {
        static final Pattern WRITE = Pattern.compile("([^:=\\s]+):([^:=\\s]+)=([^:=\\s]+)");
    }

    private static void txn(Call call) {
        TwoPcModule module = call.module(TwoPcModule.class);
        List<String> words = call.words("NODE:KEY=VALUE");
        if (words.size() > MAX_WRITES) throw new LabException("a transaction writes at most " + MAX_WRITES + " keys (got " + words.size() + ")");
        List<Write> writes = new ArrayList<>();
        for (String word : words) {
            Matcher m = Syntax.WRITE.matcher(word);
            if (!m.matches()) throw new LabException("'" + word + "' is not NODE:KEY=VALUE (e.g. txn n2:x=1 n3:y=2)");
            NodeId node = call.sim().find(m.group(1)).orElseThrow(() -> new LabException("unknown node '" + m.group(1)
                    + "' (nodes: " + String.join(" ", call.sim().servers().stream().map(NodeId::name).toList()) + ")"));
            String value = Clients.word(m.group(3), "value");
            if (value.equals("none")) throw new LabException("'none' cannot be written: it means never written (use another word)");
            writes.add(new Write(node, Clients.word(m.group(2), "key"), value));
        }
        Clients.submit(call, module.transaction(writes));
    }

    /** Its commands, built on first use rather than when the registry lists the family (start-up time). */
    private static final class Specs {
        static final CommandSpec TXN = CommandSpec.named("txn").group(GROUP)
                .describe("twopc: client C (default c1) runs a transaction writing KEY=VALUE at each participant NODE; prints its op id.",
                        "n1 coordinates: the participants execute under locks, then prepare and vote; all yes commits, any no",
                        "or a missing vote aborts. The op is ok when committed, failed when aborted, pending while undecided.")
                .word("NODE:KEY=VALUE", WORD, Arity.MANY)
                .option("--client", "C", CLIENT, "the client that runs it (default c1, created on first use)")
                .example("spawn 3 twopc", "txn n2:x=1 n3:y=2", "txn n2:x=5 --client c2")
                .body(TwoPcPlugin::txn);

        static final CommandSpec VOTE = CommandSpec.named("vote").group(GROUP)
                .describe("twopc: participant NODE votes VOTE on every transaction it prepares from now on (default yes).",
                        "A no vote aborts the transaction, as a broken constraint would.")
                .word("NODE", NODE).choice("VOTE", Arity.ONE, "yes", "no")
                .example("spawn 3 twopc", "vote n3 no", "txn n2:x=1 n3:y=2")
                .body(call -> {
                    TwoPcModule module = call.module(TwoPcModule.class);
                    NodeId node = call.node(call.word("NODE"));
                    boolean yes = call.word("VOTE").equals("yes");
                    module.setVote(node, yes);
                    call.println(node + " votes " + (yes ? "yes" : "no") + " from now on");
                });
    }

    @Override public String group() { return GROUP; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("twopc",
                "two-phase commit: n1 coordinates transactions over participants; ft=on is the fault-tolerant form (lecture 7.1)"));
    }

    @Override public ProtocolModule create(String name) { return new TwoPcModule(); }

    @Override public List<CommandSpec> commands() { return List.of(Specs.TXN, Specs.VOTE); }
}
