package distlab.ui.tui;

import org.junit.jupiter.api.Test;

/**
 * Issue 19, item 2: [ ] step one event back and forward, { } one command, the panes and the
 * status bar's timeline show that moment, and a command that changes the run, typed in the past,
 * asks before it discards the recorded future (docs/tui.md).
 */
class TimeTravelKeysTest {
    private static final int BAR = 47;

    @Test
    void bracketsStepThroughTheHistoryAndACommandInThePastAsksBeforeForking() throws Exception {
        try (VirtualTui tui = new VirtualTui(170, 48)) {
            tui.command("spawn 2");
            tui.command("send n1 n2 hi");
            tui.command("send n1 n2 yo");
            tui.command("step");
            tui.command("step");
            tui.awaitText("recv m2 from n1 \"yo\"");
            tui.awaitScreen(s -> tui.row(BAR).contains("e4/e4") && !tui.row(BAR).contains("PAST"));

            tui.type("["); // one event back: just after e3, the first receive
            tui.awaitScreen(s -> tui.row(BAR).contains("PAST e3/e4"));
            tui.type("{"); // one command back: before that step
            tui.awaitScreen(s -> tui.row(BAR).contains("PAST e2/e4"));
            tui.command("show n2.lamport"); // a query in the past looks, and keeps the future
            tui.awaitText("n2.lamport = 0");
            tui.type("]");
            tui.awaitScreen(s -> tui.row(BAR).contains("PAST e3/e4"));
            tui.type("}");
            tui.type("}");
            tui.awaitScreen(s -> tui.row(BAR).contains("e4/e4") && !tui.row(BAR).contains("PAST"));
            tui.type("}");
            tui.awaitText("(at the present: nothing recorded after it)");

            tui.type("[");
            tui.awaitScreen(s -> tui.row(BAR).contains("PAST e3/e4"));
            tui.command("crash n2");
            tui.awaitScreen(s -> tui.row(BAR).contains("Run 'crash n2' from here? y runs it and discards the old future"));
            tui.type("n");
            tui.awaitText("(kept the future; ] and } step forward through it, or type the line again)");
            tui.awaitScreen(s -> tui.row(BAR).contains("PAST e3/e4"));
            tui.command("crash n2");
            tui.awaitScreen(s -> tui.row(BAR).contains("Run 'crash n2' from here?"));
            tui.type("y");
            tui.awaitScreen(s -> tui.row(BAR).contains("e3/e3") && !tui.row(BAR).contains("PAST"));
            tui.command("show n2.up cluster.messages");
            tui.awaitText("n2.up = false");
        }
    }
}
