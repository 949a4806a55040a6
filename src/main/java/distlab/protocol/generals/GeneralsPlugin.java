package distlab.protocol.generals;

import static distlab.protocol.command.WordKind.NODE;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import java.util.List;
import java.util.Locale;

/** The two generals problem (lecture 2.1): two generals, messengers through a valley, and dawn. */
public final class GeneralsPlugin implements ProtocolPlugin {
    private static final String GROUP = "Two generals";

    /** Its commands, built on first use rather than when the registry lists the family (start-up time). */
    private static final class Specs {
        static final CommandSpec DECIDE = CommandSpec.named("decide").group(GROUP)
                .describe("General 1 (n1) chooses to attack or retreat at dawn, and sends messenger #1 to general 2.",
                        "Each messenger received is acknowledged, up to config rounds=K messengers; a general commits",
                        "once it has received its last one. At dawn a committed general acts; any other retreats.")
                .word("NODE", NODE).choice("PLAN", Arity.ONE, "attack", "retreat")
                .example("spawn 2 generals", "decide n1 attack")
                .body(call -> {
                    GeneralsModule generals = call.module(GeneralsModule.class);
                    int before = call.sim().trace().size();
                    generals.decide(call.node(call.word("NODE")), Plan.valueOf(call.word("PLAN").toUpperCase(Locale.ROOT)));
                    call.printEntriesSince(before);
                });
    }

    @Override public String group() { return GROUP; }

    @Override public String example() { return "spawn 2 generals"; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("generals",
                "two generals exchange messengers and acknowledgements over a lossy valley; attack or retreat at dawn (lecture 2.1)"));
    }

    @Override public ProtocolModule create(String name) { return new GeneralsModule(); }

    @Override public List<CommandSpec> commands() { return List.of(Specs.DECIDE); }
}
