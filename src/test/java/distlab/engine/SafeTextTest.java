package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What reaches a terminal: control characters escaped, error lines one line with giant words cut, output capped. */
class SafeTextTest {
    @Test
    void controlCharactersAreEscapedInOutputButNewlinesAndTabsStay() {
        assertEquals("a\\x1b[31mred\\x07\n\tok\\x7f\\x9b", SafeText.forTerminal("a\u001b[31mred\u0007\n\tok\u007f\u009b"));
        assertEquals("\\u202eevil", SafeText.forTerminal("\u202eevil"), "bidirectional overrides reorder what is shown");
        String clean = "plain text, é and ● included\n";
        assertSame(clean, SafeText.forTerminal(clean), "clean text is not copied");
    }

    @Test
    void anErrorIsOneLineWithGiantWordsCut() {
        assertEquals("bad \\x0a\\x0d line", SafeText.oneLine("bad \n\r line"));
        String cut = SafeText.oneLine("unknown command '" + "z".repeat(100_000) + "' (type help)");
        assertEquals("unknown command '" + "z".repeat(59) + "…(100002 characters)' (type help)", cut);
        String many = SafeText.oneLine("word ".repeat(10_000));
        assertTrue(many.length() < SafeText.MAX_MESSAGE + 100 && many.endsWith("(50000 characters in all)"), many);
    }

    @Test
    void resultsAreMadeSafeForEveryFrontEnd() {
        Result r = new Result("payload \u001b]0;title\u0007\n", Result.Status.ERROR, "unknown node '\u001b[2Jn9'");
        assertEquals("payload \\x1b]0;title\\x07\n", r.output());
        assertEquals("error: unknown node '\\x1b[2Jn9'", r.problem());
    }

    @Test
    void aCommandsOutputIsCappedWithALineSayingSo() {
        Out out = new Out();
        String line = "x".repeat(999);
        for (int i = 0; i < 20_000; i++) out.line(line);
        String text = out.text();
        assertTrue(text.length() <= Out.MAX_CHARS + 200, "capped: " + text.length());
        assertTrue(text.endsWith("(4000 more lines not shown: a command prints at most 16000000 characters)\n"),
                text.substring(text.length() - 100));
    }
}
