package distlab.protocol.ntp;

import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.sim.PhysicalClock;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster pane for ntp: per node its role, its clock's reading, its true offset and drift
 * (which the node itself cannot know), and its last exchange (θ, δ, action) or Berkeley
 * correction, with any slew still in progress.
 */
final class NtpTable {
    private final NtpModule module;

    NtpTable(NtpModule module) {
        this.module = module;
    }

    Table build() {
        Simulation sim = module.sim();
        Table.Builder table = new Table.Builder("node", "role", "clock", "offset", "drift", "last exchange");
        for (NodeId node : sim.servers()) {
            PhysicalClock clock = sim.clock(node);
            long now = sim.now();
            table.row(Cell.of(node.name(), Style.STRONG),
                    role(sim, node),
                    Cell.of(SimTime.format(clock.reading(now))),
                    Cell.of(SimTime.formatSigned(clock.offset(now)), Math.abs(clock.offset(now)) >= Correction.SLEW_LIMIT ? Style.WARN : Style.PLAIN),
                    Cell.of(PhysicalClock.showDrift(clock.driftPpm()), clock.driftPpm() == 0 ? Style.DIM : Style.PLAIN),
                    last(module.log(node), clock.slewLeft(now)));
        }
        return table.build();
    }

    private Cell role(Simulation sim, NodeId node) {
        if (!sim.isUp(node)) return Cell.of("down", Style.BAD);
        return node.equals(module.timeServer()) ? Cell.of("server", Style.GOOD) : Cell.of("client");
    }

    /** {@code θ +130ms δ 40ms step (n1)}, the last Berkeley correction, a slew in progress. */
    private static Cell last(SyncLog log, long slewLeft) {
        List<Span> spans = new ArrayList<>();
        Exchange e = log.lastExchange();
        if (e != null) {
            spans.add(Span.plain("θ " + SimTime.formatSigned(e.estimate()) + " δ " + SimTime.format(e.delay()) + " "));
            spans.add(action(e.action()));
            spans.add(Span.styled(" (" + e.server() + (e.algorithm() == Algorithm.CRISTIAN ? ", cristian)" : ")"), Style.DIM));
        }
        SyncLog.Adjustment a = log.lastAdjustment();
        if (a != null) {
            spans.add(Span.plain((spans.isEmpty() ? "" : "; ") + "berkeley " + SimTime.formatSigned(a.amount()) + " "));
            spans.add(action(a.action()));
        }
        if (slewLeft != 0) spans.add(Span.styled(", " + SimTime.formatSigned(slewLeft) + " to slew", Style.DIM));
        if (spans.isEmpty()) spans.add(Span.styled("-", Style.DIM));
        return new Cell(spans);
    }

    private static Span action(Correction c) {
        return Span.styled(c.word(), switch (c) {
            case SLEW -> Style.GOOD;
            case STEP -> Style.WARN;
            case PANIC -> Style.BAD;
        });
    }
}
