package distlab.protocol.spanner;

import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.protocol.client.Op;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cluster pane for spanner: per node its clock's offset, its TrueTime interval drawn on a
 * common axis around the true time (┃, which only the lab knows), the commits counting down
 * their commit wait, and the versions it stores; per client its latest op and timestamp.
 */
final class SpannerTable {
    /** Characters of the interval drawing: the axis spans the true time ± 2ε. */
    private static final int AXIS = 21;
    /** A row shows at most this many versions. */
    private static final int MAX_VERSIONS_SHOWN = 6;

    private final SpannerModule module;
    private final Simulation sim;

    SpannerTable(SpannerModule module) {
        this.module = module;
        this.sim = module.sim();
    }

    Table build() {
        Table.Builder table = new Table.Builder("node", "up", "offset", "TT.now()", "commit wait", "versions");
        for (NodeId id : sim.nodes()) {
            Cell name = Cell.of(id.name(), Style.STRONG);
            Cell up = sim.isUp(id) ? Cell.of("up", Style.GOOD) : Cell.of("down", Style.BAD);
            if (sim.kind(id) == NodeKind.CLIENT) {
                table.row(name, up, Cell.of(""), Cell.of(""), client(id), Cell.of(""));
                continue;
            }
            long offset = sim.clock(id).offset(sim.now());
            boolean within = Math.abs(offset) <= module.config().epsilon();
            table.row(name, up, Cell.of(SimTime.formatSigned(offset), within ? Style.PLAIN : Style.BAD), interval(id), waits(id), versions(id));
        }
        return table.build();
    }

    /** {@code [93ms,107ms] ····━━━━━┃━━━━━····}: the interval on the axis, the true time marked. */
    private Cell interval(NodeId node) {
        TrueTime tt = module.trueTime(node);
        long now = sim.now();
        long epsilon = module.config().epsilon();
        List<Span> spans = new ArrayList<>();
        boolean holds = tt.contains(now);
        spans.add(Span.styled(tt + " ", holds ? Style.PLAIN : Style.BAD));
        if (epsilon == 0) {
            spans.add(Span.styled("exact", Style.DIM));
            return new Cell(spans);
        }
        StringBuilder bar = new StringBuilder();
        for (int i = 0; i < AXIS; i++) {
            long t = now - 2 * epsilon + i * 4 * epsilon / (AXIS - 1);
            if (i == AXIS / 2) bar.append(holds ? '┃' : '!');
            else bar.append(t >= tt.earliest() && t <= tt.latest() ? '━' : '·');
        }
        spans.add(Span.styled(bar.toString(), holds ? Style.GOOD : Style.BAD));
        return new Cell(spans);
    }

    /** {@code op3 ts=107ms 6.2ms left}: each commit still waiting for TT.now().earliest to pass its timestamp. */
    private Cell waits(NodeId node) {
        Map<Integer, Shard.Commit> waiting = module.shard(node).waiting();
        if (waiting.isEmpty()) return Cell.of("-", Style.DIM);
        List<String> parts = new ArrayList<>();
        long earliest = module.trueTime(node).earliest();
        for (Shard.Commit c : waiting.values()) {
            long left = Math.max(0, c.ts() + 1 - earliest);
            parts.add("op" + c.op() + " ts=" + SimTime.format(c.ts()) + " " + SimTime.format(left) + " left");
        }
        return Cell.of(String.join("  ", parts), Style.WARN);
    }

    private Cell versions(NodeId node) {
        List<String> parts = new ArrayList<>();
        module.shard(node).versions().forEach((key, list) -> {
            List<Version> shown = list.subList(Math.max(0, list.size() - MAX_VERSIONS_SHOWN), list.size());
            parts.add(key + ": " + (shown.size() < list.size() ? "… " : "") + String.join(" ", shown.stream().map(Version::toString).toList()));
        });
        return parts.isEmpty() ? Cell.of("-", Style.DIM) : Cell.of(String.join("; ", parts));
    }

    /** A client's latest op, its timestamp and its wait. */
    private Cell client(NodeId client) {
        Op last = null;
        for (Op op : module.history().ops()) if (op.client().equals(client) && op.invoked()) last = op;
        if (last == null) return Cell.of("(idle)", Style.DIM);
        SpannerLedger.Stamp s = module.ledger().stamp(last.id());
        boolean chosen = last.request() instanceof SpannerRequest.Read r && r.ts() != SpannerRequest.Read.NOW;
        String ts = s == null || chosen ? "" : " ts=" + SimTime.format(s.ts());
        return switch (last.status()) {
            case PENDING -> Cell.of(last.name() + " " + last.describe() + ts + ": pending", Style.WARN);
            case OK -> Cell.of(last.name() + " " + last.describe() + ts + (last.value() != null ? " read " + last.value() : "")
                    + (s != null && s.waited() > 0 ? " waited " + SimTime.format(s.waited()) : ""), Style.GOOD);
            case FAILED -> Cell.of(last.name() + " failed", Style.BAD);
        };
    }
}
