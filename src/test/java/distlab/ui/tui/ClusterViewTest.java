package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.view.markdown.StyledLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterViewTest {
    @Test
    void aTableThatFitsIsShownWhole() {
        Table t = new Table.Builder("node", "vector").row(Cell.of("n1", Style.STRONG), Cell.of("[1,0]")).build();
        List<StyledLine> lines = ClusterView.render(t, 40);
        assertEquals("node  vector", lines.get(0).text().strip());
        assertEquals("n1    [1,0]", lines.get(1).text().strip());
        assertEquals(Style.HEADING, lines.get(0).spans().get(0).style());
    }

    @Test
    void aLongTintedLogKeepsItsNewestEntriesAndTheirTints() {
        List<Span> log = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) log.add(Span.tinted(i + " ", i / 100));
        Table t = new Table.Builder("node", "log").row(Cell.of("n1"), new Cell(log)).build();
        StyledLine row = ClusterView.render(t, 40).get(1);
        assertEquals(40, row.text().length());
        assertTrue(row.text().contains("…") && row.text().stripTrailing().endsWith("999 1000"), row.text());
        assertEquals(10, row.spans().get(row.spans().size() - 1).tint());
    }

    @Test
    void aLongPlainCellKeepsItsStart() {
        Table t = new Table.Builder("node", "last event").row(Cell.of("n1"), Cell.of("e1 send m1 to n2 " + "x".repeat(100))).build();
        String row = ClusterView.render(t, 30).get(1).text();
        assertEquals(30, row.length());
        assertTrue(row.startsWith("n1    e1 send m1") && row.endsWith("…"), row);
    }
}
