package distlab.protocol.spanner;

import static distlab.protocol.command.WordKind.CLIENT;
import static distlab.protocol.command.WordKind.DURATION;
import static distlab.protocol.command.WordKind.KEY;
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
import distlab.sim.SimTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Google's Spanner (lecture 8.2): TrueTime, commit wait and MVCC snapshot reads. */
public final class SpannerPlugin implements ProtocolPlugin {
    private static final String GROUP = "Spanner";
    /** At most this many writes in one transaction. */
    static final int MAX_WRITES = 32;
    private static final String CLIENT_HELP = "the client that issues it (default c1, created on first use)";

    private static void txn(Call call) {
        SpannerModule module = call.module(SpannerModule.class);
        List<String> words = call.words("KEY=VALUE");
        if (words.size() > MAX_WRITES) throw new LabException("a transaction writes at most " + MAX_WRITES + " keys (got " + words.size() + ")");
        Map<String, String> writes = new TreeMap<>();
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq <= 0 || eq == word.length() - 1) throw new LabException("'" + word + "' is not KEY=VALUE (e.g. txn x=1 y=2)");
            String key = Clients.word(word.substring(0, eq), "key");
            String value = Clients.word(word.substring(eq + 1), "value");
            if (value.equals("none")) throw new LabException("'none' cannot be written: it means never written (use another word)");
            if (writes.put(key, value) != null) throw new LabException(key + " is written twice in one transaction");
        }
        Clients.submit(call, new SpannerRequest.Txn(module.at(call.option("--at"), call::node), writes));
    }

    private static void read(Call call) {
        SpannerModule module = call.module(SpannerModule.class);
        String key = Clients.word(call.word("KEY"), "key");
        String ts = call.option("--ts");
        long snapshot = SpannerRequest.Read.NOW;
        if (ts != null) {
            if (!SimTime.looksLikeDuration(ts)) throw new LabException("--ts must be a time such as 105ms, not '" + ts + "'");
            snapshot = SimTime.parse(ts);
        }
        Clients.submit(call, new SpannerRequest.Read(module.at(call.option("--at"), call::node), key, snapshot));
    }

    /** Its commands, built on first use rather than when the registry lists the family (start-up time). */
    private static final class Specs {
        static final CommandSpec TXN = CommandSpec.named("txn").group(GROUP)
                .describe("spanner: client C (default c1) runs a read-write transaction writing each KEY=VALUE at node --at (default n1).",
                        "It commits with timestamp s = TT.now().latest; with commitwait=on it is applied and acknowledged only once",
                        "TT.now().earliest > s (commit wait, about 2 epsilon). op.ts is s, op.wait the wait.")
                .word("KEY=VALUE", WORD, Arity.MANY)
                .option("--client", "C", CLIENT, CLIENT_HELP)
                .option("--at", "NODE", NODE, "the node that runs it and gives its timestamp (default n1)")
                .example("spawn 3 spanner", "txn x=1", "txn y=2 z=3 --at n2 --client c2")
                .body(SpannerPlugin::txn);

        static final CommandSpec READ = CommandSpec.named("read").group(GROUP)
                .describe("spanner: client C reads KEY at node --at (default n1) as of a snapshot timestamp: --ts TS, or TT.now().latest.",
                        "An MVCC read: it returns the newest version at or before the timestamp, takes no locks, and (commitwait=on)",
                        "waits until the timestamp has certainly passed at that node.")
                .word("KEY", KEY)
                .option("--client", "C", CLIENT, CLIENT_HELP)
                .option("--at", "NODE", NODE, "the node to read at (default n1)")
                .option("--ts", "TS", DURATION, "the snapshot timestamp (default TT.now().latest at the node)")
                .example("spawn 3 spanner", "txn x=1", "read x", "read x --at n1 --ts 5ms")
                .body(SpannerPlugin::read);
    }

    @Override public String group() { return GROUP; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("spanner",
                "Spanner: TrueTime intervals within epsilon, commit wait, MVCC snapshot reads, external consistency (lecture 8.2)"));
    }

    @Override public ProtocolModule create(String name) { return new SpannerModule(); }

    @Override public List<CommandSpec> commands() { return List.of(Specs.TXN, Specs.READ); }
}
