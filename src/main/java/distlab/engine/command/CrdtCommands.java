package distlab.engine.command;

import distlab.protocol.ProtocolModule;
import distlab.protocol.crdt.CrdtReplicas;
import distlab.protocol.crdt.Update;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.net.MessageStatus;
import distlab.sim.node.NodeId;

/** What the CRDT commands share: find the replicas, read amounts and words, print what followed. */
final class CrdtCommands {
    static final String PROTOCOLS = "gcounter pncounter lwwreg mvreg lwwset orset";
    static final long MAX_AMOUNT = 1_000_000_000L;

    private CrdtCommands() {}

    /** The session's CRDT protocol, or one line saying what to spawn instead. */
    static CrdtReplicas replicas(Invocation in, String command, String example) {
        ProtocolModule module = in.session().module();
        if (module instanceof CrdtReplicas replicas) return replicas;
        if (module == null) {
            throw new LabException(command + " needs CRDT replicas: spawn some first (e.g. spawn 3 " + example + ")");
        }
        throw new LabException(command + " needs a CRDT protocol (" + PROTOCOLS + "); this session runs " + module.name()
                + " (reset, then e.g. spawn 3 " + example + ")");
    }

    /** A counter update: checks, in order, the protocol, that it takes the verb, the node and the amount. */
    static void count(Invocation in, String verb, String example, String node, String amountWord) {
        CrdtReplicas replicas = replicas(in, verb, example);
        replicas.checkTakes(verb);
        NodeId id = in.session().node(node);
        long amount = amount(amountWord, verb, id, replicas.name());
        apply(in, replicas, id, verb.equals("inc") ? new Update.Inc(amount) : new Update.Dec(amount));
    }

    /** A register or set update with one word argument (a value or an element). */
    static void write(Invocation in, String verb, String example, String node, String word, String what) {
        CrdtReplicas replicas = replicas(in, verb, example);
        replicas.checkTakes(verb);
        NodeId id = in.session().node(node);
        checkWord(word, what);
        Update update = switch (verb) {
            case "set" -> new Update.Assign(word);
            case "add" -> new Update.Add(word);
            default -> new Update.Remove(word);
        };
        apply(in, replicas, id, update);
    }

    private static void apply(Invocation in, CrdtReplicas replicas, NodeId id, Update update) {
        int before = in.sim().trace().size();
        String note = replicas.update(id, update);
        in.printEntriesSince(before);
        if (note != null) in.println(note);
        in.println(id + ".value = " + in.session().paths().resolve(id + ".value").show());
    }

    /** AMOUNT: default 1; a whole number from 1 to {@link #MAX_AMOUNT}. */
    static long amount(String word, String verb, NodeId node, String protocol) {
        if (word == null) return 1;
        if (!word.matches("[-+]?\\d{1,18}")) {
            throw new LabException("AMOUNT must be a whole number, not '" + word + "' (e.g. " + verb + " " + node + " 5)");
        }
        long n = Long.parseLong(word);
        if (n < 1) {
            String hint = n == 0 ? ""
                    : verb.equals("dec") ? "; to count up, use inc " + node + " " + (-n)
                    : protocol.equals("pncounter") ? "; to count down, use dec " + node + " " + (-n)
                    : "; a gcounter only counts up (a pncounter can also count down)";
            throw new LabException("AMOUNT must be at least 1 (got " + word + ")" + hint);
        }
        if (n > MAX_AMOUNT) throw new LabException("AMOUNT must be at most " + MAX_AMOUNT + " (got " + word + ")");
        return n;
    }

    /** A register value or set element: one word, printable inside {a,b}. */
    static void checkWord(String word, String what) {
        if (!word.matches("[A-Za-z0-9_\\-]{1,32}")) {
            throw new LabException("bad " + what + " '" + word + "': use letters, digits, _ or - (at most 32)");
        }
        if (word.equals("none")) throw new LabException("'none' means unset, so it cannot be a " + what + "; choose another word");
    }

    /** After a send: {@code m4 in flight, arrives at 12.3ms} (or how it will arrive). */
    static void printFlight(Invocation in, int m) {
        if (in.sim().messages().status(m) != MessageStatus.INFLIGHT) return;
        long due = in.sim().messages().dueAt(m);
        in.println("m" + m + " in flight" + (due < 0 ? " until delivered by hand (deliver m" + m + ")"
                : ", arrives at " + SimTime.format(due)));
    }
}
