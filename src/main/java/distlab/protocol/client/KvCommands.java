package distlab.protocol.client;

import static distlab.protocol.command.WordKind.CLIENT;
import static distlab.protocol.command.WordKind.KEY;
import static distlab.protocol.command.WordKind.WORD;

import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;

/** The key-value client operations, shared by every replicated store (quorum, raft). */
public final class KvCommands {
    private static final String GROUP = "Clients (quorum, raft)";
    private static final String CLIENT_HELP = "the client that issues it (default c1, created on first use)";

    public static final CommandSpec PUT = CommandSpec.named("put").group(GROUP)
            .describe("Client C (default c1, created on first use) writes VALUE under KEY; prints its op id.",
                    "A client has one op outstanding at a time; a later one waits, pending.",
                    "quorum: one write to every replica in node order; ok after w acks, failed after the timeout",
                    "(its outcome then unknown). raft: sent to the leader, committed through the log.")
            .word("KEY", KEY).word("VALUE", WORD).option("--client", "C", CLIENT, CLIENT_HELP)
            .example("put x 1", "put x 2 --client c2")
            .body(call -> Clients.submit(call, new KvRequest.Put(key(call), value(call.word("VALUE")))));

    public static final CommandSpec GET = CommandSpec.named("get").group(GROUP)
            .describe("Client C reads KEY; prints its op id. The op's value is what it read (none if never written).",
                    "quorum: asks every replica, ok after r replies; raft: a read goes through the log.")
            .word("KEY", KEY).option("--client", "C", CLIENT, CLIENT_HELP)
            .example("get x", "get x --client c2")
            .body(call -> Clients.submit(call, new KvRequest.Get(key(call))));

    public static final CommandSpec CAS = CommandSpec.named("cas").group(GROUP)
            .describe("Compare-and-set: if KEY holds OLD, set it to NEW (ok), else change nothing (failed: cas mismatch).",
                    "It needs consensus, so only raft has it.")
            .word("KEY", KEY).word("OLD", WORD).word("NEW", WORD).option("--client", "C", CLIENT, CLIENT_HELP)
            .example("cas x 1 2", "cas x 1 3 --client c2")
            .body(call -> {
                String expected = Clients.word(call.word("OLD"), "value");
                if (expected.equals("none")) {
                    throw new LabException("cas from none never succeeds: a key that was never written holds no value to compare"
                            + " (write a first value with put " + call.word("KEY") + " VALUE)");
                }
                Clients.submit(call, new KvRequest.Cas(key(call), expected, value(call.word("NEW"))));
            });

    private KvCommands() {}

    private static String key(distlab.protocol.command.Call call) {
        return Clients.word(call.word("KEY"), "key");
    }

    private static String value(String word) {
        Clients.word(word, "value");
        if (word.equals("none")) throw new LabException("'none' cannot be written: it means never written (use another word)");
        return word;
    }
}
