package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.view.markdown.StyledLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limits on the console: one huge output line, one huge pasted line. */
class ConsoleLimitsTest {
    @Test
    void aMultiMegabyteLineIsCutToTheLimitAndWrapsIntoRowsOfThePanesWidth() {
        ConsoleBuffer console = new ConsoleBuffer();
        String huge = "word ".repeat(1_000_000); // 5 MB
        console.add(huge, Style.PLAIN);
        String kept = console.texts().get(0);
        assertTrue(kept.length() < ConsoleBuffer.MAX_LINE_CHARS + 60, "kept " + kept.length());
        assertTrue(kept.endsWith("… (" + (huge.length() - ConsoleBuffer.MAX_LINE_CHARS) + " more characters not kept)"), kept);
        List<StyledLine> rows = console.visible(100, 10_000);
        assertTrue(rows.size() > ConsoleBuffer.MAX_LINE_CHARS / 100, "rows: " + rows.size());
        for (StyledLine row : rows) assertTrue(row.text().length() <= 100, row.text());
    }

    @Test
    void wrappingBreaksAtSpacesIndentsFollowingRowsAndKeepsEveryCharacterAndStyle() {
        StyledLine line = new StyledLine(List.of(Span.styled("alpha beta ", Style.GOOD), Span.styled("gamma-delta-epsilon zeta", Style.BAD)));
        List<StyledLine> rows = WordWrap.wrap(line, 16, 2);
        assertEquals(List.of("alpha beta", "  gamma-delta-ep", "  silon zeta"), rows.stream().map(StyledLine::text).toList());
        assertEquals(Style.GOOD, rows.get(0).spans().get(0).style());
        assertEquals(Style.BAD, rows.get(2).spans().get(1).style());
        String words = "a".repeat(30);
        assertEquals(List.of("a".repeat(10), "a".repeat(10), "a".repeat(10)),
                WordWrap.wrap(new StyledLine(List.of(Span.plain(words))), 10, 0).stream().map(StyledLine::text).toList());
    }

    @Test
    void aPastedLineOverTheLimitIsRefusedWithOneLineAndNothingRuns() throws Exception {
        try (VirtualTui tui = new VirtualTui(160, 48)) {
            tui.type("spawn 2 " + "x".repeat(LineEditor.MAX_LENGTH));
            tui.key(KeyType.Enter);
            tui.awaitText("error: that line has " + (LineEditor.MAX_LENGTH + 8) + " characters and a command line holds at most "
                    + LineEditor.MAX_LENGTH + ", so nothing ran");
            tui.command("show cluster.nodes");
            tui.awaitText("cluster.nodes = []");
        }
    }
}
