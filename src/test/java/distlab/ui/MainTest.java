package distlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of docs/language.md: modes, options, exit statuses and the error format. */
class MainTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private Run lab(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void helpVersionAndBadUsage() {
        Run help = lab("--help");
        assertEquals(0, help.status);
        assertTrue(help.out.contains("--seed") && help.out.contains("--keep-going") && help.out.contains("--home"));
        assertTrue(lab("--version").out.contains("distlab"));
        Run bad = lab("--bogus");
        assertEquals(2, bad.status);
        assertTrue(bad.err.contains("--bogus"));
        assertEquals(2, lab("--seed", "x").status);
        assertEquals(2, lab(dir.resolve("missing.lab").toString()).status);
    }

    @Test
    void scriptEchoesCommandsAndStopsAtTheFirstFailureWithFileAndLine() throws IOException {
        String script = file("a.lab", "spawn 2  # two nodes\n\n# a comment\nsend n1 n9\nsend n1 n2\n");
        Run r = lab(script);
        assertEquals(1, r.status);
        assertTrue(r.out.startsWith("> spawn 2\nspawned n1 n2 (plain)\n> send n1 n9\n"), r.out);
        assertTrue(!r.out.contains("> send n1 n2"), "stopped at the first failure");
        assertEquals(script + ":4: error: unknown node 'n9' (nodes: n1 n2)\n", r.err);
    }

    @Test
    void keepGoingReportsEveryFailureAndExpectFailuresShowTheActualValue() throws IOException {
        String script = file("b.lab", "spawn 2\nnet manual\nexpect n1.lamport == 1\nsend n1 n2\nexpect n1.lamport == 1\nfoo\n");
        Run r = lab("--keep-going", script);
        assertEquals(1, r.status);
        assertEquals(script + ":3: expect failed: n1.lamport == 1 (actual: 0)\n" + script + ":6: error: unknown command 'foo' (type help for the list)\n", r.err);
        assertTrue(r.out.contains("> foo\n"));
    }

    @Test
    void filesRunInOrderInOneSessionAndQuitEndsCleanly() throws IOException {
        String first = file("1.lab", "spawn 2\n");
        String second = file("2.lab", "send n1 n2 hi\nquit\nsend n2 n1 never\n");
        Run r = lab(first, second);
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("send m1 to n2") && !r.out.contains("never"));
    }

    @Test
    void sameSeedSameBytesDifferentSeedDifferentLatencies() throws IOException {
        String script = file("c.lab", "spawn 3\nsend n1 n2 a\nsend n2 n3 b\nsend n3 n1 c\nadvance 1s\nevents\n");
        assertEquals(lab("--seed", "7", script).out, lab("--seed", "7", script).out);
        assertNotEquals(lab("--seed", "7", script).out, lab("--seed", "8", script).out);
    }

    @Test
    void homeOptionDecidesWhereNotesGo() throws IOException {
        String script = file("d.lab", "lecture 4.1\nnote clocks are counters\ndone\n");
        Path home = dir.resolve("home");
        Run r = lab("--home", home.toString(), script);
        assertEquals(0, r.status, r.err);
        assertTrue(Files.readString(home.resolve("notes/section_4_broadcast_protocols_and_logical_time.md")).contains("- clocks are counters"));
        assertTrue(Files.readString(home.resolve("notes/progress.md")).contains("- [x] 4.1 Logical time"));
    }
}
