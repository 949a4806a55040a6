package distlab.ui.tui;

import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.view.markdown.StyledLine;
import java.util.ArrayList;
import java.util.List;

/** The help screen: the keys, then the commands (the engine's own {@code help} list). */
final class HelpText {
    static final String[][] KEYS = {
        {"F1 or ?", "this help (? when the command line is empty); Esc closes it"},
        {"Enter", "run the command line"},
        {"Up / Down", "command history (console); scroll (other panes)"},
        {"Tab", "complete the word (commands, nodes, messages, paths, lectures...)"},
        {"Tab / Shift-Tab", "with an empty command line: focus the next / previous pane"},
        {"PgUp / PgDn", "scroll the focused pane a page"},
        {"F2", "maximise the focused pane, or restore the layout"},
        {"F5", "run (config run=...), or pause / resume a run; Space too while a run animates"},
        {"F10", "one event: step, or during a run pause and let one event happen"},
        {"F3 / F4, - / +", "slower / faster animation (also: speed DURATION|max)"},
        {"Esc", "stop a run where it is; close help; restore a maximised pane; clear the line"},
        {"F7", "run the lecture's next Try-it block (Enter too, with the lecture focused)"},
        {"F8", "presenter mode: skip the next command (Enter or Space runs it)"},
        {"Ctrl-A/E/W/U", "line start / line end / delete word / clear line"},
        {"Ctrl-L", "redraw the screen"},
        {"Ctrl-C, Ctrl-D, quit", "leave the lab"},
    };

    private HelpText() {}

    static List<StyledLine> lines(String engineHelp) {
        List<StyledLine> out = new ArrayList<>();
        out.add(line("Keys", Style.HEADING));
        for (String[] k : KEYS) {
            out.add(new StyledLine(List.of(Span.styled(String.format("  %-22s ", k[0]), Style.STRONG), Span.plain(k[1]))));
        }
        out.add(StyledLine.BLANK);
        out.add(line("Terminal UI commands", Style.HEADING));
        out.add(line("  speed [DURATION|max]   virtual time per wall second for run/advance/step (default "
                + Speeds.format(Speeds.DEFAULT) + ")", Style.PLAIN));
        out.add(line("  run, advance, step N   animate at that speed; typing goes on while they run", Style.PLAIN));
        out.add(StyledLine.BLANK);
        out.add(line("Commands", Style.HEADING));
        for (String l : engineHelp.split("\n")) {
            out.add(line(l, l.endsWith(":") ? Style.STRONG : Style.PLAIN));
        }
        return out;
    }

    private static StyledLine line(String text, Style style) {
        return new StyledLine(List.of(Span.styled(text, style)));
    }
}
