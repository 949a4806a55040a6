package distlab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpaceTimeDiagramTest {
    @Test
    void drawsSendsReceivesLocalEventsAndStamps() {
        Lab lab = Lab.create();
        lab.run("spawn 3", "net manual", "send n1 n3 a", "local n2", "deliver m1");
        List<String> lines = SpaceTimeDiagram.render(lab.session().sim(), 0, 80);
        assertEquals(List.of(
                "time        n1          n2          n3",
                "0ms         ●╌╌╌╌╌╌╌╌╌╌m1╌╌╌╌╌╌╌╌╌╌▷│       e1 send m1 L=1 [1,0,0]",
                "            │           ○           │       e2 local L=1 [0,1,0]",
                "            ├──────────m1──────────▶●       e3 recv m1 L=2 [1,0,1]"), lines);
    }

    @Test
    void leftwardArrowsLostMessagesCrashesAndRestarts() {
        Lab lab = Lab.create();
        lab.run("spawn 2", "net manual", "send n2 n1 back", "send n1 n2 lost", "drop m2", "deliver m1", "crash n2", "local n1", "restart n2");
        String text = String.join("\n", SpaceTimeDiagram.render(lab.session().sim(), 0, 80));
        assertTrue(text.contains("◁"), text);
        assertTrue(text.contains("◀●") || text.contains("●◀"), text);
        assertTrue(text.contains("✕") && text.contains("m2 lost (dropped by hand)"), text);
        assertTrue(text.contains("✖") && text.contains("n2 crashed") && text.contains("↻"), text);
        assertTrue(text.contains("┆"), "a crashed node's line is dotted:\n" + text);
    }

    @Test
    void sixNodesFitEightyColumnsAndMoreStillRender() {
        for (int nodes : new int[] {6, 12}) {
            Lab lab = Lab.create();
            lab.run("spawn " + nodes, "net manual");
            for (int i = 1; i < nodes; i++) lab.run("send n" + i + " n" + (i + 1) + " x", "deliver m" + i);
            List<String> lines = SpaceTimeDiagram.render(lab.session().sim(), 0, 80);
            assertEquals(1 + 2 * (nodes - 1), lines.size());
            int widest = lines.stream().mapToInt(String::length).max().orElse(0);
            if (nodes == 6) assertTrue(widest <= 80, "6 nodes should fit 80 columns, widest line " + widest);
            assertTrue(lines.get(lines.size() - 1).contains("e" + (2 * (nodes - 1)) + " recv"));
        }
    }

    @Test
    void longTracesShowTheLastRowsWithANote() {
        Lab lab = Lab.create();
        lab.run("spawn 2");
        for (int i = 0; i < 30; i++) lab.run("local n1");
        List<String> lines = SpaceTimeDiagram.render(lab.session().sim(), 10, 80);
        assertEquals("(20 earlier rows not shown: diagram all)", lines.get(0));
        assertEquals(12, lines.size());
    }

    @Test
    void diagramAllOnAHugeTraceShowsTheLatestRowsThatFitItsCap() {
        Lab lab = Lab.create();
        lab.run("spawn 50", "net manual");
        for (int i = 0; i < 12_000; i++) lab.session().sim().local(lab.session().sim().node(i % 50), null);
        lab.run("crash n7");
        List<String> lines = SpaceTimeDiagram.render(lab.session().sim(), 0, 80);
        long chars = lines.stream().mapToLong(String::length).sum();
        assertTrue(chars <= SpaceTimeDiagram.MAX_CHARS, "at most the cap: " + chars);
        int shown = lines.size() - 2;
        assertEquals("(" + (12_001 - shown) + " earlier rows not shown: one diagram shows at most " + shown + " rows of 50 nodes)",
                lines.get(0));
        assertTrue(lines.get(lines.size() - 1).endsWith("n7 crashed"), lines.get(lines.size() - 1));
        assertTrue(lines.get(lines.size() - 2).contains("e12000 local"), lines.get(lines.size() - 2));
    }

    @Test
    void aCrashedNodesLineIsDottedInTheRowsShownAfterItsCrashOnly() {
        Lab lab = Lab.create();
        lab.run("spawn 2", "local n1", "crash n2", "local n1", "local n1");
        List<String> last = SpaceTimeDiagram.render(lab.session().sim(), 2, 80);
        assertTrue(last.get(2).contains("┆") && last.get(3).contains("┆"), String.join("\n", last));
        List<String> all = SpaceTimeDiagram.render(lab.session().sim(), 0, 80);
        assertTrue(!all.get(1).contains("┆") && !all.get(2).contains("┆") && all.get(3).contains("┆"), String.join("\n", all));
    }
}
