package distlab.protocol.ntp;

import static distlab.protocol.command.WordKind.NODE;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import java.util.List;

/** Clock synchronisation (lecture 3.2): NTP and Cristian exchanges, and the Berkeley algorithm. */
public final class NtpPlugin implements ProtocolPlugin {
    private static final String GROUP = "Clock synchronisation";

    /** Its commands, built on first use rather than when the registry lists the family (start-up time). */
    private static final class Specs {
        static final CommandSpec NTP = CommandSpec.named("ntp").group(GROUP)
                .describe("CLIENT runs one exchange with SERVER (default the time server, the first node): t1 on its clock as the",
                        "request leaves, t2 and t3 on the server's as it arrives and as the answer leaves, t4 as the answer arrives.",
                        "It then slews (|θ| < 125ms), steps (< 1000s) or leaves its clock alone (panic). Run time to let it finish;",
                        "NODE.ntp.* then hold the numbers. config algorithm=cristian uses the server's time + round trip / 2.")
                .word("CLIENT", NODE).word("SERVER", NODE, Arity.OPTIONAL)
                .example("spawn 3 ntp", "ntp n2", "ntp n3 n2")
                .body(call -> {
                    NtpModule ntp = call.module(NtpModule.class);
                    String server = call.word("SERVER");
                    int before = call.sim().trace().size();
                    int message = ntp.exchange(call.node(call.word("CLIENT")), server == null ? null : call.node(server));
                    call.printEntriesSince(before);
                    call.printFlight(message);
                });

        static final CommandSpec BERKELEY = CommandSpec.named("berkeley").group(GROUP)
                .describe("One round of the Berkeley algorithm: MASTER polls every other node for its clock, estimates each",
                        "one's difference from its own (adding half the round trip), averages them with its own, and sends each",
                        "node the change that brings it to the average. Nodes that miss config timeout are left out.")
                .word("MASTER", NODE)
                .example("spawn 3 ntp", "berkeley n1")
                .body(call -> {
                    NtpModule ntp = call.module(NtpModule.class);
                    int before = call.sim().trace().size();
                    ntp.berkeley(call.node(call.word("MASTER")));
                    call.printEntriesSince(before);
                });
    }

    @Override public String group() { return GROUP; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("ntp",
                "physical clocks synchronised: n1 serves the time; NTP and Cristian exchanges, the Berkeley algorithm"));
    }

    @Override public ProtocolModule create(String name) { return new NtpModule(); }

    @Override public List<CommandSpec> commands() { return List.of(Specs.NTP, Specs.BERKELEY); }
}
