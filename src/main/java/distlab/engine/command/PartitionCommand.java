package distlab.engine.command;

import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "partition", customSynopsis = "partition GROUP | GROUP [| GROUP...]",
        description = {"Nodes in different groups cannot exchange messages; servers not named form one more group",
                "(so partition n1 isolates n1). Clients not named can reach every group. heal removes it."},
        footer = {"examples: partition n1 n2 | n3 n4 n5", "          partition n1"})
final class PartitionCommand implements LabCommand {
    @Parameters(arity = "1..*", paramLabel = "GROUP")
    List<String> words;

    @Override
    public void run(Invocation in) {
        List<Set<Integer>> groups = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Set<NodeId> named = new HashSet<>();
        for (String part : in.rawArgs().split("\\|", -1)) {
            List<String> names = List.of(part.strip().split("\\s+"));
            if (part.isBlank()) throw new LabException("empty group: put node names between the '|' (e.g. partition n1 n2 | n3)");
            Set<NodeId> group = new LinkedHashSet<>(Args.nodes(in.session(), names));
            for (NodeId n : group) {
                if (!named.add(n)) throw new LabException(n + " is in two groups");
            }
            groups.add(group.stream().map(NodeId::index).collect(Collectors.toSet()));
            shown.add(group.stream().map(NodeId::name).collect(Collectors.joining(" ")));
        }
        List<String> rest = in.sim().servers().stream().filter(n -> !named.contains(n)).map(NodeId::name).toList();
        in.sim().network().partition(groups);
        String text = String.join(" | ", shown) + (rest.isEmpty() ? "" : " | " + String.join(" ", rest));
        long freeClients = in.sim().nodes().stream().filter(n -> in.sim().kind(n) == NodeKind.CLIENT && !named.contains(n)).count();
        in.println("partition " + text + (freeClients > 0 ? " (clients reach every group)" : ""));
    }
}
