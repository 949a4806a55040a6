package distlab.protocol.byzantine;

import static distlab.protocol.command.WordKind.NODE;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import java.util.List;
import java.util.Locale;

/** The Byzantine generals problem (lecture 2.2): OM(m) and SM(m), with traitors that lie. */
public final class ByzantinePlugin implements ProtocolPlugin {
    private static final String GROUP = "Byzantine generals";

    /** Its commands, built on first use rather than when the registry lists the family (start-up time). */
    private static final class Specs {
        static final CommandSpec TRAITOR = CommandSpec.named("traitor").group(GROUP)
                .describe("Make NODE a traitor (before the order): lie sends the opposite of what it should, split tells",
                        "alternate recipients attack and retreat, silent sends nothing, random flips a coin per message;",
                        "loyal makes it loyal again. Default lie. A traitor may be the commander (n1) or a lieutenant.")
                .word("NODE", NODE).choice("STRATEGY", Arity.OPTIONAL, "lie", "split", "silent", "random", "loyal")
                .example("spawn 3 byzantine", "traitor n3", "traitor n1 split")
                .body(call -> {
                    ByzantineModule module = call.module(ByzantineModule.class);
                    String word = call.word("STRATEGY") == null ? "lie" : call.word("STRATEGY");
                    Strategy strategy = word.equals("loyal") ? null : Strategy.valueOf(word.toUpperCase(Locale.ROOT));
                    List<String> lines = module.makeTraitor(call.node(call.word("NODE")), strategy);
                    call.println(lines.get(0));
                    lines.subList(1, lines.size()).forEach(warning -> call.println("note: " + warning));
                });

        static final CommandSpec ORDER = CommandSpec.named("order").group(GROUP)
                .describe("The commander (n1) sends its order to every lieutenant, and OM(m) or SM(m) runs: relays for",
                        "m + 1 rounds (config round=), then each lieutenant decides (config algorithm=om|sm m=M).")
                .choice("VALUE", Arity.ONE, "attack", "retreat")
                .example("spawn 4 byzantine", "order attack", "run 1s until cluster.decided")
                .body(call -> {
                    ByzantineModule module = call.module(ByzantineModule.class);
                    int before = call.sim().trace().size();
                    module.giveOrder(Order.valueOf(call.word("VALUE").toUpperCase(Locale.ROOT)));
                    call.printEntriesSince(before);
                });
    }

    @Override public String group() { return GROUP; }

    @Override public String example() { return "spawn 4 byzantine"; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("byzantine",
                "a commander and lieutenants, some of them traitors: oral messages OM(m) or signed messages SM(m) (lecture 2.2)"));
    }

    @Override public ProtocolModule create(String name) { return new ByzantineModule(); }

    @Override public List<CommandSpec> commands() { return List.of(Specs.TRAITOR, Specs.ORDER); }
}
