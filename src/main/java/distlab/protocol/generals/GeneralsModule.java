package distlab.protocol.generals;

import distlab.protocol.Cell;
import distlab.protocol.PathSpec;
import distlab.protocol.Property;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.node.NodeId;
import distlab.sim.node.Process;
import distlab.sim.node.Protocol;
import java.util.List;

/**
 * docs/commands.md, protocol "generals": the two generals problem (lecture 2.1) as a protocol.
 * General 1 (n1) chooses the plan with {@code decide}; the generals exchange {@code rounds}
 * messengers; at dawn each attacks if it committed, else retreats. {@code cluster.agree} says
 * whether they did the same; {@code cluster.valid} that nobody attacked unless general 1 chose to.
 */
public final class GeneralsModule implements ProtocolModule {
    static final List<PathSpec> PATHS = List.of(
            PathSpec.server("decision", "attack or retreat once committed or at dawn, else undecided"),
            PathSpec.server("plan", "the plan as far as it knows: attack, retreat or none"),
            PathSpec.server("received", "the highest messenger number it has received (0: none)"),
            PathSpec.server("messengers", "how many messengers it has sent, resends included"),
            PathSpec.cluster("agree", "no general attacks while the other retreats"),
            PathSpec.cluster("valid", "a general attacks only if general 1 chose to attack"),
            PathSpec.cluster("dawn", "when dawn is"));

    private final GeneralsSettings settings = new GeneralsSettings();
    private Simulation sim;

    private final Protocol<GeneralMemory> generals = new Protocol<>() {
        @Override public String name() { return "generals"; }
        @Override public GeneralMemory newStorage(NodeId node) { return new GeneralMemory(); }
        @Override public Process newProcess(NodeId node, GeneralMemory storage) { return new General(storage, settings); }
    };

    @Override public String name() { return "generals"; }
    @Override public void attach(Simulation simulation) { sim = simulation; }
    @Override public Protocol<GeneralMemory> servers() { return generals; }
    @Override public Settings settings() { return settings.values(); }
    @Override public List<PathSpec> paths() { return PATHS; }

    @Override
    public String spawnRefusal(int servers) {
        return servers > 2 ? "the two generals problem has two generals: spawn 2 generals (there would be " + servers + ")" : null;
    }

    @Override
    public List<Property> properties() {
        return List.of(new Property("agree", "the generals decide alike: no protocol can promise it when any messenger may be lost (lecture 2.1)"),
                new Property("valid", "a general attacks only if general 1 chose to attack"));
    }

    private GeneralMemory memory(NodeId node) {
        return sim.storage(node, generals);
    }

    /** The {@code decide NODE PLAN} command: general 1 chooses and sends messenger #1. */
    void decide(NodeId node, Plan plan) {
        List<NodeId> servers = sim.servers();
        if (servers.size() < 2) throw new LabException("general 2 is missing: spawn 2 generals");
        if (!node.equals(servers.get(0))) {
            throw new LabException("only general 1 (" + servers.get(0) + ") chooses the plan; " + node + " learns it from messengers");
        }
        GeneralMemory m = memory(node);
        if (m.plan != null) throw new LabException(node + " has already chosen to " + m.plan.word() + " (reset to choose again)");
        if (sim.now() >= settings.dawnMicros()) {
            throw new LabException("dawn was at " + SimTime.format(settings.dawnMicros()) + ": the battle is over (reset, and decide before dawn)");
        }
        if (!sim.isUp(node)) throw new LabException(node + " is down (restart " + node + " first)");
        sim.runAt(node, ctx -> ((General) sim.process(node)).decide(ctx, plan));
    }

    @Override
    public List<String> settingsChanged(List<String> keys) {
        boolean started = sim != null && sim.servers().stream().anyMatch(n -> memory(n).messengers > 0);
        if (keys.contains("rounds") && started) throw new LabException("rounds is fixed once messengers are on their way (reset first)");
        if (keys.contains("dawn") && sim != null) {
            if (sim.servers().stream().anyMatch(n -> memory(n).dawnPassed)) throw new LabException("dawn has already come (reset to try again)");
            if (settings.dawnMicros() <= sim.now()) {
                throw new LabException("dawn=" + SimTime.format(settings.dawnMicros()) + " has passed (time is " + SimTime.format(sim.now()) + "): choose a later dawn");
            }
            for (NodeId n : sim.servers()) if (sim.isUp(n)) sim.runAt(n, ctx -> ((General) sim.process(n)).scheduleDawn(ctx));
        }
        return List.of();
    }

    @Override
    public Value nodeValue(NodeId node, String field) {
        GeneralMemory m = memory(node);
        return switch (field) {
            case "decision" -> Value.text(m.decision == null ? "undecided" : m.decision.word());
            case "plan" -> Value.text(m.plan == null ? "none" : m.plan.word());
            case "received" -> Value.of(m.received);
            case "messengers" -> Value.of(m.messengers);
            default -> null;
        };
    }

    @Override
    public Value clusterValue(String field) {
        return switch (field) {
            case "agree" -> Value.of(agree());
            case "valid" -> Value.of(valid());
            case "dawn" -> new Value.Duration(settings.dawnMicros());
            default -> null;
        };
    }

    /** No two generals that have decided decided differently. */
    private boolean agree() {
        Plan seen = null;
        for (NodeId n : sim.servers()) {
            Plan d = memory(n).decision;
            if (d == null) continue;
            if (seen != null && seen != d) return false;
            seen = d;
        }
        return true;
    }

    /** Validity, the condition lecture 2.1's statement needs: attack only if general 1 chose attack. */
    private boolean valid() {
        if (sim.servers().isEmpty()) return true;
        boolean choseAttack = memory(sim.servers().get(0)).plan == Plan.ATTACK;
        return choseAttack || sim.servers().stream().noneMatch(n -> memory(n).decision == Plan.ATTACK);
    }

    @Override
    public Table clusterTable() {
        Table.Builder table = new Table.Builder("general", "up", "plan", "messengers", "decision");
        List<NodeId> servers = sim.servers();
        for (int i = 0; i < servers.size(); i++) {
            NodeId n = servers.get(i);
            GeneralMemory m = memory(n);
            table.row(Cell.of(n.name() + " (general " + (i + 1) + ")", Style.STRONG),
                    sim.isUp(n) ? Cell.of("up", Style.GOOD) : Cell.of("down", Style.BAD),
                    Cell.of(m.plan == null ? "?" : m.plan.word(), m.plan == null ? Style.DIM : Style.PLAIN),
                    Cell.of("got up to #" + m.received + ", sent " + m.messengers),
                    decisionCell(m));
        }
        if (!agree()) table.row(Cell.of("cluster", Style.STRONG), Cell.of(""), Cell.of(""), Cell.of(""), Cell.of("DISAGREE", Style.BAD));
        return table.build();
    }

    private Cell decisionCell(GeneralMemory m) {
        if (m.decision == null) return Cell.of("undecided (dawn " + SimTime.format(settings.dawnMicros()) + ")", Style.DIM);
        String when = m.dawnPassed ? "" : " at dawn";
        return Cell.of(m.decision.word() + when, m.decision == Plan.ATTACK ? Style.WARN : Style.PLAIN);
    }
}
