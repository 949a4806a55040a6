package distlab.engine.command;

import static distlab.protocol.command.WordKind.PROTOCOL;
import static distlab.protocol.command.WordKind.WORD;

import distlab.engine.Protocols;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;

/** {@code spawn COUNT [PROTOCOL]} or {@code spawn NAME... [PROTOCOL]}: new nodes. */
final class SpawnCommand extends KernelCommand {
    private static final String USAGE = "spawn COUNT [PROTOCOL] | spawn NAME... [PROTOCOL]";

    static final CommandSpec SPEC = CommandSpec.named("spawn").synopsis(USAGE)
            .describe("Add nodes running PROTOCOL (default plain): COUNT numbered ones (n1 n2 ...), or named ones.",
                    "All nodes of a session run one protocol; reset first to change it. help protocols lists them.")
            .word("COUNT|NAME", WORD, Arity.MANY).word("PROTOCOL", PROTOCOL, Arity.OPTIONAL)
            .example("spawn 3", "spawn A B C", "spawn 5 raft")
            .body(new SpawnCommand());

    @Override
    void run(Invocation in) {
        List<String> args = new ArrayList<>(in.words("COUNT|NAME"));
        if (in.word("PROTOCOL") != null) args.add(in.word("PROTOCOL"));
        String protocol = in.session().module() == null ? "plain" : in.session().module().name();
        if (Protocols.exists(args.get(args.size() - 1))) protocol = args.remove(args.size() - 1);
        if (args.isEmpty()) throw new LabException("missing COUNT or NAME; usage: " + USAGE);
        if (args.size() == 2 && Args.isInteger(args.get(0))) {
            throw new LabException("unknown protocol '" + WordParser.cut(args.get(1)) + "' (protocols: " + String.join(" ", Protocols.names()) + ")");
        }
        int max = in.session().limits().maxNodes();
        List<NodeId> created;
        if (args.size() == 1 && Args.isInteger(args.get(0))) {
            created = in.session().spawn(Args.integer(args.get(0), "COUNT", 1, max), List.of(), protocol);
        } else {
            created = in.session().spawn(0, args, protocol);
        }
        StringBuilder names = new StringBuilder();
        for (NodeId id : created) names.append(names.length() == 0 ? "" : " ").append(id.name());
        in.println("spawned " + names + " (" + protocol + ")");
    }
}
