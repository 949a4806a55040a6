package distlab.protocol.client;

import distlab.protocol.command.Call;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.List;
import java.util.Optional;

/** Client nodes and their operations, for every protocol with clients. */
public final class Clients {
    /** The default client of an operation. */
    public static final String DEFAULT = "c1";

    private Clients() {}

    /** Whether a word is a client id ({@code c1 c2 ...}). */
    public static boolean isClientId(String name) {
        return name.matches("c[1-9]\\d{0,3}");
    }

    /** The client named so, created on first use (docs/language.md, names). */
    public static NodeId client(Simulation sim, ClientProtocol protocol, String name) {
        Optional<NodeId> existing = sim.find(name);
        if (existing.isPresent()) {
            if (sim.kind(existing.get()) != NodeKind.CLIENT) throw new LabException(name + " is a server, not a client (clients are c1, c2, ...)");
            return existing.get();
        }
        if (!isClientId(name)) throw new LabException("bad client '" + name + "': clients are named c1, c2, ...");
        if (sim.servers().isEmpty()) throw new LabException("no servers yet: spawn some first (e.g. spawn 3 quorum)");
        return sim.spawn(List.of(name), NodeKind.CLIENT, protocol.clients()).get(0);
    }

    /**
     * Issues a request at the client named by {@code --client} (default c1) and prints what
     * followed: the client's sends, or that it waits behind its previous op.
     */
    public static Op submit(Call call, Request request) {
        ClientProtocol protocol = call.module(ClientProtocol.class);
        Simulation sim = call.sim();
        String name = call.option("--client");
        boolean created = sim.find(name == null ? DEFAULT : name).isEmpty();
        NodeId client = client(sim, protocol, name == null ? DEFAULT : name);
        if (created && !sim.network().partitionGroups().isEmpty()) {
            call.println("note: " + client + " is new and named in no partition group, so it joins the nodes not named there"
                    + " (to place it, name it: partition n1 " + client + " | n2 n3)");
        }
        if (!sim.isUp(client)) throw new LabException(client + " is down (restart " + client + " first)");
        int before = sim.trace().size();
        Op op = protocol.history().create(client, request);
        sim.runAt(client, ctx -> ((ClientProcess) sim.process(client)).submit(ctx, op));
        call.printEntriesSince(before);
        if (op.status() == Op.Status.PENDING) call.println(describe(op));
        return op;
    }

    /** {@code op1 put x 1 (c1): ok}, {@code op2 get x (c2): ok, read 1}. */
    public static String describe(Op op) {
        String head = op.name() + " " + op.describe() + " (" + op.client() + "): ";
        return switch (op.status()) {
            case PENDING -> head + (op.invoked() ? "pending" : "waiting for " + op.client() + "'s previous op");
            case OK -> head + "ok" + (op.value() == null ? "" : ", read " + op.value());
            case FAILED -> head + "failed" + (op.error() == null ? "" : " (" + op.error() + ")");
        };
    }

    /** A key or a value: one word, printable in lists. */
    public static String word(String word, String what) {
        if (!word.matches("[A-Za-z0-9_\\-]{1,32}")) {
            throw new LabException("bad " + what + " '" + word + "': use letters, digits, _ or - (at most 32)");
        }
        return word;
    }
}
