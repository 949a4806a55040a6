package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.ui.script.ScriptSource;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Presenter mode needs a terminal; the narration is the comments before each command. */
class ModeSelectionTest {
    @Test
    void presenterModeWithoutATerminalIsAUsageError() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Method run = Class.forName("distlab.Main").getMethod("run", String[].class, PrintStream.class, PrintStream.class);
        int status = (int) run.invoke(null, new String[] {"--tui", "demos/4_1_logical_time.lab"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--tui needs a terminal"));
    }

    @Test
    void narrationIsTheCommentsBeforeEachCommand() {
        String script = "# Lecture 9.9\n#\n# Two paragraphs\n\nspawn 2   # trailing comments are not narration\nsend n1 n2\n# last\n";
        Presenter p = Presenter.load(List.of(new ScriptSource("s.lab", new BufferedReader(new StringReader(script)))));
        assertEquals(2, p.size());
        assertEquals(List.of("Lecture 9.9", "", "Two paragraphs"), p.current().narration());
        assertEquals("spawn 2", p.current().command());
        assertEquals(5, p.current().line());
        p.finish(Presenter.Outcome.OK);
        assertEquals(List.of(), p.current().narration());
        p.finish(Presenter.Outcome.OK);
        assertTrue(p.done());
    }
}
