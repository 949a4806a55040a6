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

    /** Issue 18, item 6: Raft's rows say what each message is; elections are marked on the node's line. */
    @Test
    void raftMessagesAreLabelledByKindAndRoleChangesAreMarked() {
        Lab lab = Lab.create();
        lab.run("spawn 3 raft", "run 5s until cluster.leader != none", "advance 120ms");
        DiagramIndex index = new DiagramIndex(lab.session().sim(), DiagramFilter.NONE, null);
        String plain = String.join("\n", SpaceTimeDiagram.page(index, -1, 1000, 120, "").lines());
        assertTrue(plain.contains("VoteRequest") && plain.contains("send m1 VoteRequest t1 len=0 last=0"), plain);
        assertTrue(!plain.contains(" L="), "protocol messages need no stamps:\n" + plain);

        // Role changes are watched as the simulation runs.
        Lab watched = Lab.create();
        RoleLog roles = new RoleLog(watched.session().sim(), () -> watched.session().module());
        watched.session().sim().watch(roles);
        watched.run("spawn 3 raft", "run 5s until cluster.leader != none");
        String leader = watched.value("cluster.leader");
        DiagramPage page = SpaceTimeDiagram.page(new DiagramIndex(watched.session().sim(), DiagramFilter.NONE, roles), -1, 1000, 120, "");
        String text = String.join("\n", page.lines());
        assertTrue(text.contains("△") && text.contains(" became candidate (term 1)"), text);
        assertTrue(text.contains("▲") && text.contains(leader + " became leader (term 1)"), text);
    }

    @Test
    void heartbeatsAreRecordMessagesWithAnEmptyListOfEntries() {
        var empty = new distlab.protocol.raft.RaftMessage.LogRequest(1, null, 0, 0, 0, List.of());
        var full = new distlab.protocol.raft.RaftMessage.LogRequest(1, null, 0, 0, 0,
                List.of(new distlab.protocol.raft.LogEntry(1, new distlab.protocol.raft.Command(new distlab.protocol.client.KvRequest.Put("x", "1"), null, 1))));
        assertTrue(MessageLabels.isHeartbeat(empty));
        assertTrue(!MessageLabels.isHeartbeat(full));
        assertTrue(!MessageLabels.isHeartbeat(new distlab.protocol.raft.RaftMessage.VoteRequest(1, null, 0, 0)));
        assertTrue(!MessageLabels.isHeartbeat("hello"));
    }

    @Test
    void filtersHideHeartbeatsAndTheirRepliesClientsAndOtherNodes() {
        Lab lab = Lab.create();
        lab.run("spawn 3 raft", "run 5s until cluster.leader != none", "put x 1", "run 5s until op1.status == ok", "advance 1s");
        var sim = lab.session().sim();
        DiagramPage all = SpaceTimeDiagram.page(new DiagramIndex(sim, DiagramFilter.NONE, null), -1, 100_000, 160, "");
        DiagramPage quiet = SpaceTimeDiagram.page(new DiagramIndex(sim, DiagramFilter.NONE.withHeartbeatsHidden(true), null), -1, 100_000, 160, "");
        String quietText = String.join("\n", quiet.lines());
        assertTrue(quiet.total() * 4 < all.total(), quiet.total() + " of " + all.total() + " rows");
        assertTrue(!quietText.contains(" +0 "), "no empty LogRequest is left:\n" + quietText);
        assertTrue(quietText.contains("LogRequest t1 prefix=0:0 +1"), "the one that carries the entry stays:\n" + quietText);
        assertTrue(quietText.contains("Request #1") && quietText.contains("VoteRequest"), quietText);

        DiagramPage noClients = SpaceTimeDiagram.page(new DiagramIndex(sim, DiagramFilter.NONE.withClientsHidden(true), null), -1, 40, 160, "");
        assertTrue(all.lines().get(0).contains("c1") && !noClients.lines().get(0).contains("c1"), noClients.lines().get(0));
        DiagramPage two = SpaceTimeDiagram.page(new DiagramIndex(sim, DiagramFilter.NONE.withOnly(List.of("n1", "n3")), null), -1, 40, 160, "");
        assertEquals("time", two.lines().get(0).split("\\s+")[0]);
        assertEquals(List.of("time", "n1", "n3"), List.of(two.lines().get(0).split("\\s+")));
    }

    /** Issue 18, item 5: a page left behind stays where it is; following moves with the newest rows. */
    @Test
    void aPinnedPageStaysAndAFollowingPageMovesOn() {
        Lab lab = Lab.create();
        lab.run("spawn 2");
        for (int i = 0; i < 30; i++) lab.run("local n1");
        DiagramIndex index = new DiagramIndex(lab.session().sim(), DiagramFilter.NONE, null);
        DiagramPage pinned = SpaceTimeDiagram.page(index, 5, 10, 80, "");
        assertEquals(5, pinned.top());
        assertTrue(!pinned.following() && pinned.newerRows() == 15 && pinned.lines().get(1).contains("e6 local"), pinned.toString());
        DiagramPage following = SpaceTimeDiagram.page(index, -1, 10, 80, "");
        assertTrue(following.following() && following.top() == 20 && following.lines().get(10).contains("e30 local"));
        for (int i = 0; i < 5; i++) lab.run("local n2");
        assertEquals(5, SpaceTimeDiagram.page(index, 5, 10, 80, "").top());
        assertEquals(25, SpaceTimeDiagram.page(index, -1, 10, 80, "").top());
    }

    @Test
    void searchFindsRowsByTheirTextAndNode() {
        Lab lab = Lab.create();
        lab.run("spawn 3", "net manual", "send n1 n2 a", "local n3", "deliver m1", "local n3");
        DiagramIndex index = new DiagramIndex(lab.session().sim(), DiagramFilter.NONE, null);
        assertEquals(3, SpaceTimeDiagram.find(index, "N3 E4", Integer.MAX_VALUE, true));
        assertEquals(1, SpaceTimeDiagram.find(index, "n3", 3, true));
        assertEquals(3, SpaceTimeDiagram.find(index, "n3", 1, false));
        assertEquals(-1, SpaceTimeDiagram.find(index, "nothing", Integer.MAX_VALUE, true));
        assertEquals(List.of(2, 4), SpaceTimeDiagram.page(index, -1, 10, 80, "n3").matches());
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
