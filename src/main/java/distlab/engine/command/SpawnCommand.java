package distlab.engine.command;

import distlab.engine.Protocols;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "spawn", customSynopsis = "spawn COUNT [PROTOCOL] | spawn NAME... [PROTOCOL]",
        description = {"Add nodes running PROTOCOL (default plain): COUNT numbered ones (n1 n2 ...), or named ones.",
                "All nodes of a session run one protocol; reset first to change it."},
        footer = {"examples: spawn 3", "          spawn A B C", "          spawn 5 raft"})
final class SpawnCommand implements LabCommand {
    @Parameters(arity = "1..*", paramLabel = "COUNT|NAME")
    List<String> words;

    @Override
    public void run(Invocation in) {
        List<String> args = new ArrayList<>(words);
        String protocol = in.session().module() == null ? "plain" : in.session().module().name();
        if (Protocols.exists(args.get(args.size() - 1))) protocol = args.remove(args.size() - 1);
        if (args.isEmpty()) {
            throw new distlab.sim.LabException("missing COUNT or NAME; usage: spawn COUNT [PROTOCOL] | spawn NAME... [PROTOCOL]");
        }
        if (args.size() == 2 && args.get(0).matches("-?\\d+")) {
            throw new distlab.sim.LabException("unknown protocol '" + args.get(1) + "' (protocols: " + String.join(" ", Protocols.names()) + ")");
        }
        int max = in.session().limits().maxNodes();
        List<NodeId> created;
        if (args.size() == 1 && args.get(0).matches("-?\\d+")) {
            created = in.session().spawn(Args.integer(args.get(0), "COUNT", 1, max), List.of(), protocol);
        } else {
            created = in.session().spawn(0, args, protocol);
        }
        in.println("spawned " + created.stream().map(NodeId::name).collect(Collectors.joining(" ")) + " (" + protocol + ")");
    }
}
