package distlab.protocol.byzantine;

import distlab.protocol.Cell;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.protocol.byzantine.ByzantineSettings.Algorithm;
import distlab.sim.Simulation;
import distlab.sim.node.NodeId;
import java.util.List;

/**
 * The cluster pane for byzantine: per general its role and loyalty, what it received (OM: the
 * value from each other general it takes the majority of; SM: its set V) and its decision. A
 * broken IC1 or IC2 adds a last row.
 */
final class ByzantineTable {
    private final ByzantineModule module;

    ByzantineTable(ByzantineModule module) {
        this.module = module;
    }

    Table build() {
        Simulation sim = module.sim();
        boolean om = module.byzantineSettings().algorithm() == Algorithm.OM;
        Table.Builder table = new Table.Builder("general", "role", "loyalty", om ? "values (majority of)" : "V (signed orders)", "decision");
        List<NodeId> servers = sim.servers();
        for (NodeId n : servers) {
            Strategy s = module.traitors().of(n);
            Cell loyalty = s == null ? Cell.of("loyal", Style.GOOD) : Cell.of("traitor: " + s.word(), Style.BAD);
            Cell name = Cell.of(n.name(), Style.STRONG);
            if (!sim.isUp(n)) {
                table.row(name, Cell.of(n.equals(servers.get(0)) ? "commander" : "lieutenant"), loyalty, Cell.of("down", Style.BAD), Cell.of(""));
            } else if (n.equals(servers.get(0))) {
                Order order = module.order();
                String given = order == null ? "(no order yet)" : "ordered " + order.word() + (s == null ? "" : ", sends as a traitor: " + s.word());
                table.row(name, Cell.of("commander"), loyalty, Cell.of(given, Style.DIM), decisionCell(s, order));
            } else {
                ByzantineGeneral g = module.general(n);
                String received = om ? String.join(" ", g.topValues(n, servers, g.decision() != null)) : g.setText();
                table.row(name, Cell.of("lieutenant"), loyalty, Cell.of(received), decisionCell(s, g.decision()));
            }
        }
        if (!module.agreement()) table.row(Cell.of("cluster", Style.STRONG), Cell.of(""), Cell.of(""), Cell.of(""), Cell.of("NO AGREEMENT", Style.BAD));
        else if (!module.validity()) table.row(Cell.of("cluster", Style.STRONG), Cell.of(""), Cell.of(""), Cell.of(""), Cell.of("NOT VALID", Style.BAD));
        return table.build();
    }

    /** A loyal general's decision; a traitor's says nothing the others can rely on. */
    private static Cell decisionCell(Strategy traitor, Order decision) {
        if (traitor != null) return Cell.of("(traitor)", Style.DIM);
        return decision == null ? Cell.of("undecided", Style.DIM) : Cell.of(decision.word(), Style.STRONG);
    }
}
