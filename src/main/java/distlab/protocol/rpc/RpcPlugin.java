package distlab.protocol.rpc;

import static distlab.protocol.command.WordKind.CLIENT;
import static distlab.protocol.command.WordKind.NODE;
import static distlab.protocol.command.WordKind.NUMBER;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.client.Clients;
import distlab.protocol.command.Call;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import java.util.List;

/** Remote procedure calls (lecture 1.3): a payment service, and clients that charge cards through it. */
public final class RpcPlugin implements ProtocolPlugin {
    private static final String GROUP = "RPC";
    /** The largest charge accepted. */
    static final long MAX_AMOUNT = 1_000_000_000L;

    private static void charge(Call call) {
        RpcModule rpc = call.module(RpcModule.class);
        String amount = call.word("AMOUNT");
        if (!amount.matches("\\d{1,10}") || Long.parseLong(amount) < 1 || Long.parseLong(amount) > MAX_AMOUNT) {
            throw new LabException("AMOUNT must be a whole number from 1 to " + MAX_AMOUNT + ", not '" + amount + "'");
        }
        Clients.submit(call, new RpcRequest.Charge(Long.parseLong(amount), rpc.service(call.option("--to"), call::node)));
    }

    /** Its commands, built on first use rather than when the registry lists the family (start-up time). */
    private static final class Specs {
        static final CommandSpec CHARGE = CommandSpec.named("charge").group(GROUP)
                .describe("Client C (default c1) calls the payment service to charge AMOUNT; prints its op id.",
                        "The call goes to --to NODE (default n1). With no reply within timeout it fails (retry=off) or",
                        "is sent again (retry=on); with dedup=on every attempt carries the idempotency key k<op>.")
                .word("AMOUNT", NUMBER)
                .option("--client", "C", CLIENT, "the client that calls (default c1, created on first use)")
                .option("--to", "NODE", NODE, "the payment service it calls (default n1)")
                .example("spawn 1 rpc", "charge 20", "charge 5 --client c2 --to n2")
                .body(RpcPlugin::charge);
    }

    @Override public String group() { return GROUP; }

    @Override public String example() { return "spawn 1 rpc"; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo("rpc",
                "a payment service and clients that call it: timeouts, retries and idempotency keys (lecture 1.3)"));
    }

    @Override public ProtocolModule create(String name) { return new RpcModule(); }

    @Override public List<CommandSpec> commands() { return List.of(Specs.CHARGE); }
}
