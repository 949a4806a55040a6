package distlab.engine.command;

import distlab.engine.ClientOps;
import distlab.protocol.client.Op;
import java.util.List;

/** What put, get and cas share: issue the op at its client and print what followed. */
final class OpCommands {
    private OpCommands() {}

    static void issue(Invocation in, String client, String kind, String key, List<String> args) {
        int before = in.sim().trace().size();
        Op op = ClientOps.submit(in.session(), client, kind, key, args);
        in.printEntriesSince(before);
        if (op.status() == Op.Status.PENDING) in.println(ClientOps.describe(op));
    }
}
