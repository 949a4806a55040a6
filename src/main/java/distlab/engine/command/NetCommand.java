package distlab.engine.command;


import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.net.Network;
import java.util.Locale;

/** {@code net auto | net manual}: how messages arrive. */
final class NetCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("net").synopsis("net auto | net manual")
            .describe("auto (default): messages arrive after the link latency.",
                    "manual: a message arrives only when you deliver it (timers still fire).")
            .choice("MODE", Arity.OPTIONAL, "auto", "manual")
            .example("net manual")
            .body(new NetCommand());

    @Override
    void run(Invocation in) {
        String mode = in.word("MODE");
        if (mode == null) {
            in.println("net " + in.sim().network().mode().name().toLowerCase(Locale.ROOT));
            return;
        }
        in.sim().setMode(mode.equals("auto") ? Network.Mode.AUTO : Network.Mode.MANUAL);
        in.println("net " + mode + (mode.equals("manual") ? ": deliver messages with deliver MSG... or deliver all" : ""));
    }
}
