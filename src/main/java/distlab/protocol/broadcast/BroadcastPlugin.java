package distlab.protocol.broadcast;

import static distlab.protocol.command.WordKind.NODE;
import static distlab.protocol.command.WordKind.TEXT;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.command.Arity;
import distlab.protocol.command.Call;
import distlab.protocol.command.CommandSpec;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;

/** The broadcast protocols of lectures 4.2, 4.3 and 5.3, sharing one command: {@code broadcast}. */
public final class BroadcastPlugin implements ProtocolPlugin {
    static final String GROUP = "Broadcast (besteffort, reliable, gossip, fifo, causal, total)";

    private static void broadcast(Call call) {
        BroadcastModule module = call.module(BroadcastModule.class);
        NodeId node = call.node(call.word("NODE"));
        String payload = String.join(" ", call.words("PAYLOAD"));
        int before = call.sim().trace().size();
        int firstMessage = call.sim().messages().count() + 1;
        Broadcast b = module.broadcast(node, payload);
        call.println(b.id() + ": " + node + " broadcasts" + (payload.isEmpty() ? "" : " \"" + payload + "\""));
        call.printEntriesSince(before);
        for (int m = firstMessage; m <= call.sim().messages().count(); m++) call.printFlight(m);
    }

    /** Its commands, built on first use rather than when the registry lists the family (start-up time). */
    private static final class Specs {
        static final CommandSpec BROADCAST = CommandSpec.named("broadcast").group(GROUP)
                .describe("NODE broadcasts PAYLOAD to every node; prints its id (b1), the messages it sends and any delivery.",
                        "The algorithm receives messages and delivers a broadcast (a deliver b1 event) when its rule allows:",
                        "show NODE.delivered NODE.holdback NODE.waiting. With config apply=kv a payload is set KEY VALUE or add KEY N.")
                .word("NODE", NODE).word("PAYLOAD", TEXT, Arity.ANY)
                .example("spawn 3 causal", "broadcast n1 hello", "broadcast n2 \"set x 1\"")
                .body(BroadcastPlugin::broadcast);
    }

    @Override public String group() { return GROUP; }

    @Override
    public List<ProtocolInfo> protocols() {
        List<ProtocolInfo> out = new ArrayList<>();
        for (BroadcastKind kind : BroadcastKind.values()) out.add(new ProtocolInfo(kind.word, kind.summary));
        return out;
    }

    @Override
    public ProtocolModule create(String name) {
        for (BroadcastKind kind : BroadcastKind.values()) if (kind.word.equals(name)) return new BroadcastModule(kind);
        throw new IllegalArgumentException("not a broadcast protocol: " + name);
    }

    @Override public List<CommandSpec> commands() { return List.of(Specs.BROADCAST); }

    @Override public String example() { return "spawn 3 causal"; }

    /** Broadcasts are {@code b1 b2 …}, so no node may be named like one. */
    @Override public List<String> idPrefixes() { return List.of("b"); }
}
