package distlab.view;

import distlab.protocol.ProtocolModule;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The role changes of a protocol's servers (follower, candidate, leader in Raft), noted
 * after every event of the simulation it observes, so the diagram can mark elections on the
 * node's line. Works for any protocol that exposes a {@code role} field; the others have
 * none to note. Going down and coming back are left out: crash and restart rows show them.
 * Engine thread only.
 */
public final class RoleLog implements Runnable {
    public static final int MAX_CHANGES = 100_000;

    /** {@code node} became {@code role} in {@code term} ("" if none) right after trace entry {@code afterEntry}. */
    public record Change(int afterEntry, int node, String role, String term) {}

    private final Simulation sim;
    private final Supplier<ProtocolModule> module;
    private final List<Change> changes = new ArrayList<>();
    private String[] roles = new String[0];
    private ProtocolModule checked;
    private boolean hasRoles;

    public RoleLog(Simulation sim, Supplier<ProtocolModule> module) {
        this.sim = sim;
        this.module = module;
    }

    @Override
    public void run() {
        ProtocolModule m = module.get();
        if (m == null || changes.size() >= MAX_CHANGES) return;
        if (m != checked) {
            checked = m;
            hasRoles = !sim.servers().isEmpty() && m.nodeValue(sim.servers().get(0), "role") != null;
        }
        if (!hasRoles) return;
        List<NodeId> nodes = sim.nodes();
        if (roles.length < nodes.size()) roles = Arrays.copyOf(roles, nodes.size());
        for (NodeId id : nodes) {
            if (sim.kind(id) != NodeKind.SERVER) continue;
            Value v = m.nodeValue(id, "role");
            String role = v == null ? null : v.show();
            String before = roles[id.index()];
            roles[id.index()] = role;
            if (before == null || role == null || role.equals(before) || role.equals("down") || before.equals("down")) continue;
            Value term = m.nodeValue(id, "term");
            changes.add(new Change(sim.trace().size() - 1, id.index(), role, term == null ? "" : term.show()));
        }
    }

    public int size() {
        return changes.size();
    }

    public Change get(int i) {
        return changes.get(i);
    }
}
