package distlab.protocol.crdt;

import static distlab.protocol.command.WordKind.NODE;
import static distlab.protocol.command.WordKind.NUMBER;
import static distlab.protocol.command.WordKind.WORD;

import distlab.protocol.command.Arity;
import distlab.protocol.command.Call;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.net.MessageStatus;
import distlab.sim.net.MessageTable;
import distlab.sim.node.NodeId;
import java.math.BigInteger;
import java.util.List;

/**
 * The CRDT commands: local updates (inc, dec, set, add, remove) and replication (sync, gossip).
 * sync and gossip also serve the text CRDT (the same spec objects in its plug-in's list).
 */
public final class CrdtCommands {
    static final String GROUP = "CRDTs (gcounter, pncounter, lwwreg, mvreg, lwwset, orset)";
    static final long MAX_AMOUNT = 1_000_000_000L;

    static final CommandSpec INC = CommandSpec.named("inc").group(GROUP)
            .describe("Counters (gcounter, pncounter): replica NODE adds AMOUNT (default 1) to its own entry.",
                    "A local event at NODE; other replicas learn of it only by sync or gossip.")
            .word("NODE", NODE).word("AMOUNT", NUMBER, Arity.OPTIONAL)
            .example("spawn 3 gcounter", "inc n1", "inc n2 5")
            .body(call -> count(call, "inc"));

    static final CommandSpec DEC = CommandSpec.named("dec").group(GROUP)
            .describe("pncounter: replica NODE takes AMOUNT (default 1) off, counted in its own N entry.",
                    "A local event at NODE; a gcounter cannot count down.")
            .word("NODE", NODE).word("AMOUNT", NUMBER, Arity.OPTIONAL)
            .example("spawn 3 pncounter", "dec n1", "dec n3 4")
            .body(call -> count(call, "dec"));

    static final CommandSpec SET = CommandSpec.named("set").group(GROUP)
            .describe("Registers (lwwreg, mvreg): replica NODE writes VALUE, as a local event.",
                    "lwwreg stamps it (Lamport clock, node); mvreg tags it with a version vector.")
            .word("NODE", NODE).word("VALUE", WORD)
            .example("spawn 3 lwwreg", "set n1 red", "set n2 blue")
            .body(call -> write(call, new Update.Assign(checkWord(call.word("VALUE"), "value"))));

    static final CommandSpec ADD = CommandSpec.named("add").group(GROUP)
            .describe("Sets (lwwset, orset): replica NODE adds ELEM, as a local event.",
                    "lwwset stamps the add (Lamport clock, node); orset gives it a unique tag, the same stamp.")
            .word("NODE", NODE).word("ELEM", WORD)
            .example("spawn 3 orset", "add n1 milk", "add n2 eggs")
            .body(call -> write(call, new Update.Add(checkWord(call.word("ELEM"), "element"))));

    static final CommandSpec REMOVE = CommandSpec.named("remove").group(GROUP)
            .describe("Sets (lwwset, orset): replica NODE removes ELEM, as a local event.",
                    "lwwset stamps the remove: ELEM stays out unless a later-stamped add comes (stamps never tie;",
                    "config bias=add|remove compares clocks only). orset tombstones only the tags NODE has observed.")
            .word("NODE", NODE).word("ELEM", WORD)
            .example("spawn 3 orset", "add n1 milk", "remove n2 milk")
            .body(call -> write(call, new Update.Remove(checkWord(call.word("ELEM"), "element"))));

    public static final CommandSpec SYNC = CommandSpec.named("sync").group(GROUP)
            .describe("CRDTs: FROM sends its whole state to TO as a message; TO merges it on receipt.",
                    "Op-based (replication=op, textcrdt): FROM resends every operation it has delivered; TO skips those it has.",
                    "The network applies: latency, loss, duplicates, partitions. A state survives crashes (it is on disk).")
            .word("FROM", NODE).word("TO", NODE)
            .example("sync n1 n2", "sync n2 n1")
            .body(CrdtCommands::sync);

    public static final CommandSpec GOSSIP = CommandSpec.named("gossip").group(GROUP)
            .describe("CRDTs and textcrdt: every up replica syncs to every other, in node order.",
                    "Each sync is a message (see sync); advance or run to let them arrive.",
                    "CRDTs: config gossip=DURATION gossips in the background instead.")
            .example("gossip", "advance 1s")
            .body(CrdtCommands::gossip);

    static final List<CommandSpec> ALL = List.of(INC, DEC, SET, ADD, REMOVE, SYNC, GOSSIP);

    private CrdtCommands() {}

    private static CrdtModule<?> replicas(Call call) {
        return call.module(CrdtModule.class);
    }

    /** A counter update: checks, in order, that the type takes the verb, the node and the amount. */
    private static void count(Call call, String verb) {
        CrdtModule<?> replicas = replicas(call);
        replicas.checkTakes(verb);
        NodeId id = call.node(call.word("NODE"));
        long amount = amount(call.word("AMOUNT"), verb, id, replicas.name());
        apply(call, replicas, id, verb.equals("inc") ? new Update.Inc(amount) : new Update.Dec(amount));
    }

    /** A register or set update with one word argument (a value or an element). */
    private static void write(Call call, Update update) {
        CrdtModule<?> replicas = replicas(call);
        replicas.checkTakes(update.verb());
        apply(call, replicas, call.node(call.word("NODE")), update);
    }

    private static void apply(Call call, CrdtModule<?> replicas, NodeId id, Update update) {
        int before = call.sim().trace().size();
        String note = replicas.update(id, update);
        call.printEntriesSince(before);
        if (note != null) call.println(note);
        call.println(id + ".value = " + call.path(id + ".value").show());
    }

    /** AMOUNT: default 1; a whole number from 1 to {@link #MAX_AMOUNT}. */
    static long amount(String word, String verb, NodeId node, String protocol) {
        if (word == null) return 1;
        if (!word.matches("[-+]?\\d+")) {
            throw new LabException("AMOUNT must be a whole number, not '" + cut(word) + "' (e.g. " + verb + " " + node + " 5)");
        }
        BigInteger n = new BigInteger(word);
        if (n.signum() < 1) {
            String hint = n.signum() == 0 ? ""
                    : verb.equals("dec") ? "; to count up, use inc " + node + " " + n.negate()
                    : protocol.equals("pncounter") ? "; to count down, use dec " + node + " " + n.negate()
                    : "; a gcounter only counts up (a pncounter can also count down)";
            throw new LabException("AMOUNT must be at least 1 (got " + cut(word) + ")" + hint);
        }
        if (n.compareTo(BigInteger.valueOf(MAX_AMOUNT)) > 0) throw new LabException("AMOUNT must be at most " + MAX_AMOUNT + " (got " + cut(word) + ")");
        return n.longValueExact();
    }

    private static String cut(String word) {
        return word.length() <= 24 ? word : word.substring(0, 20) + "...";
    }

    /** A register value or set element: one word, printable inside {a,b}. */
    static String checkWord(String word, String what) {
        if (!word.matches("[A-Za-z0-9_\\-]{1,32}")) {
            throw new LabException("bad " + what + " '" + cut(word) + "': use letters, digits, _ or - (at most 32)");
        }
        if (word.equals("none")) throw new LabException("'none' means unset, so it cannot be a " + what + "; choose another word");
        return word;
    }

    private static void sync(Call call) {
        Syncable replicas = call.module(Syncable.class);
        NodeId sender = call.node(call.word("FROM"));
        NodeId receiver = call.node(call.word("TO"));
        int before = call.sim().trace().size();
        int m = replicas.sync(sender, receiver);
        call.printEntriesSince(before);
        call.printFlight(m);
    }

    private static void gossip(Call call) {
        Syncable replicas = call.module(Syncable.class);
        int before = call.sim().trace().size();
        int firstMessage = call.sim().messages().count() + 1;
        int sent = replicas.gossip().size();
        call.printActivitySince(before);
        MessageTable messages = call.sim().messages();
        int last = messages.count();
        if (sent == 0) {
            call.println("gossip: nothing sent (it needs two or more replicas, one of them up)");
            return;
        }
        int inflight = 0;
        for (int m = firstMessage; m <= last; m++) {
            if (messages.status(m) == MessageStatus.INFLIGHT) inflight++;
        }
        int total = last - firstMessage + 1;
        String range = total == 1 ? "m" + firstMessage : "m" + firstMessage + ".." + "m" + last;
        String copies = total > sent ? ", " + (total - sent) + " duplicates" : "";
        call.println("gossip: " + sent + " syncs" + copies + " (" + range + "): " + inflight + " in flight"
                + (total > inflight ? ", " + (total - inflight) + " dropped" : ""));
    }
}
