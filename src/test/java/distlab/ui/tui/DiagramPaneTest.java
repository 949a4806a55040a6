package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** The diagram pane: following and not (issue 18, item 5), Raft made readable (item 6). */
class DiagramPaneTest {
    private static String pane(VirtualTui tui) {
        return tui.pane("Space-time diagram");
    }

    @Test
    void pageUpSaysItIsNotFollowingEndFollowsAndResetFollows() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 2");
            for (int i = 0; i < 40; i++) tui.command("local n1");
            tui.awaitText("e40 local");
            tui.key(KeyType.Tab); // console -> lecture
            tui.key(KeyType.Tab); // -> cluster
            tui.key(KeyType.Tab); // -> diagram
            tui.awaitText("h heartbeats  c clients  a all");
            tui.key(KeyType.PageUp);
            tui.awaitScreen(s -> pane(tui).contains("▼ not following: ") && pane(tui).contains("newer rows below; End follows the newest")
                    && !pane(tui).contains("e40 local"));
            tui.key(KeyType.Escape); // back to the console; the view stays where it is
            tui.command("local n2");
            tui.awaitScreen(s -> s.contains("lab> local n2") && pane(tui).contains("▼ not following: ") && !pane(tui).contains("e41 local"));
            tui.key(KeyType.Tab);
            tui.key(KeyType.Tab);
            tui.key(KeyType.Tab);
            tui.key(KeyType.Home);
            tui.awaitScreen(s -> pane(tui).contains(" e1 local") && s.contains("rows 1-"));
            tui.key(KeyType.End);
            tui.awaitScreen(s -> pane(tui).contains("e41 local") && !pane(tui).contains("not following"));
            tui.key(KeyType.PageUp);
            tui.awaitScreen(s -> pane(tui).contains("▼ not following"));
            tui.key(KeyType.Escape);
            tui.command("reset");
            tui.command("spawn 2");
            tui.command("local n2");
            tui.awaitScreen(s -> s.contains("lab> local n2") && pane(tui).contains(" e1 local") && !pane(tui).contains("not following"));
        }
    }

    @Test
    void raftRowsNameTheirMessagesMarkElectionsAndFilterHeartbeats() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 3 raft");
            tui.command("speed max");
            tui.command("run 2s");
            tui.awaitScreen(s -> tui.row(47).contains("time 2s") && s.contains("LogRequest t1"));
            tui.command("filter heartbeats");
            tui.awaitScreen(s -> s.contains("Space-time diagram [no heartbeats]") && s.contains("became leader (term 1)")
                    && s.contains("VoteRequest") && !pane(tui).contains(" +0 "));
            tui.command("put x 1");
            tui.command("run 1s");
            tui.awaitScreen(s -> tui.row(47).contains("time 3s") && pane(tui).contains("Request #1"));
            tui.command("filter clients");
            tui.awaitScreen(s -> s.contains("[no heartbeats, no clients]") && pane(tui).contains("from c1 Request #1"));
            tui.command("filter only n9");
            tui.awaitText("error: unknown node n9 (nodes: n1 n2 n3 c1)");
            tui.command("filter off");
            tui.awaitText("the diagram shows everything");
        }
    }

    @Test
    void slashSearchesTheDiagramAndNFindsTheNextMatch() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.command("spawn 3");
            tui.command("local n3");
            for (int i = 0; i < 40; i++) tui.command("local n1");
            tui.awaitText("e41 local");
            tui.type("/");
            tui.awaitText("search the diagram: ");
            tui.type("n3");
            tui.key(KeyType.Enter);
            tui.awaitScreen(s -> pane(tui).contains(" e1 local") && s.contains("/n3") && pane(tui).contains("not following"));
            tui.type("n"); // the diagram has the focus now: no older match
            tui.awaitText("(no older row of the diagram contains 'n3')");
            tui.key(KeyType.End);
            tui.awaitScreen(s -> pane(tui).contains("e41 local") && !pane(tui).contains("not following"));
        }
    }
}
