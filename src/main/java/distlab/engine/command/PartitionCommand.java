package distlab.engine.command;

import static distlab.protocol.command.WordKind.NODE;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code partition GROUP | GROUP ...}: nodes in different groups cannot talk. */
final class PartitionCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("partition").synopsis("partition GROUP | GROUP [| GROUP...]")
            .describe("Nodes in different groups cannot exchange messages; nodes not named form one more group",
                    "(so partition n1 isolates n1). Clients are nodes too: name one in a group to place it there",
                    "(naming a client creates it); a client created later joins the unnamed group. heal removes it.")
            .word("GROUP", NODE, Arity.MANY)
            .example("partition n1 n2 | n3 n4 n5 c1", "partition n1")
            .body(new PartitionCommand());

    @Override
    void run(Invocation in) {
        List<Set<Integer>> groups = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Set<NodeId> named = new HashSet<>();
        for (String part : in.rest().split("\\|", -1)) {
            if (part.isBlank()) throw new LabException("empty group: put node names between the '|' (e.g. partition n1 n2 | n3)");
            List<String> names = List.of(part.strip().split("\\s+"));
            Set<NodeId> group = new LinkedHashSet<>(Args.nodes(in, names));
            for (NodeId n : group) {
                if (!named.add(n)) throw new LabException(n + " is in two groups");
            }
            groups.add(group.stream().map(NodeId::index).collect(Collectors.toSet()));
            shown.add(group.stream().map(NodeId::name).collect(Collectors.joining(" ")));
        }
        List<NodeId> rest = in.sim().nodes().stream().filter(n -> !named.contains(n)).toList();
        in.sim().network().partition(groups);
        String text = String.join(" | ", shown) + (rest.isEmpty() ? "" : " | " + rest.stream().map(NodeId::name).collect(Collectors.joining(" ")));
        in.println("partition " + text);
        boolean onlyClientsLeft = !rest.isEmpty() && rest.stream().allMatch(n -> in.sim().kind(n) == NodeKind.CLIENT);
        if (onlyClientsLeft) {
            in.println("note: " + rest.stream().map(NodeId::name).collect(Collectors.joining(" "))
                    + " can reach no server now; name clients in a group to place them (e.g. partition n1 n2 | n3 n4 n5 c1)");
        }
    }
}
