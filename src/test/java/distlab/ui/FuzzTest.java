package distlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.engine.Protocols;
import distlab.engine.Session;
import distlab.testing.Lab;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of random, mostly malformed lines in script mode: no exception may escape, no
 * internal error may be reported, and every error line must name the script and a line
 * that exists. Then the hostile inputs of the hardening issue: huge lines, runaway
 * variables, deep nesting, long ids, NUL and invalid UTF-8 bytes, random bytes, and an
 * endless stream with no newline. Each is one short error line, and the session keeps
 * working after it.
 */
class FuzzTest {
    private static final Pattern PROBLEM = Pattern.compile("^fuzz\\.lab:(\\d+): (error|expect failed): \\S.*$");
    private static final String[] PIECES = {"n1", "n2", "n3", "n9", "m1", "m2", "m7", "e1", "e3", "e99", "op1", "c1", "all",
        "leader", "none", "cluster.leader", "n1.vc", "n2.lamport", "time", "e1.vc", "m1.status", "-1", "0", "3", "10000000",
        "150ms", "2s", "-5ms", "1.5", "[1,0,0]", "[", "]", "{a,b}", "\"quoted text\"", "\"open", "->", "||", "==", "!=", "<",
        ">=", "and", "or", "not", "(", ")", "until", "|", "x", "=", "$v", "--client", "--last", "5..15ms", "n1->n2", "é", "\t",
        "#comment", "99999999999999999999", "leader.kv.x", "op1.status", "cluster.safe", ".length", "n1.log.length"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomLinesNeverBreakTheLab(long seed) {
        Random random = new Random(seed);
        List<String> commands = new ArrayList<>(new Session(1).commands().names());
        // save and export write a file named by their word: random words would litter the working
        // directory (their bad input is tested in SaveAndExportProperties and RewindCommandTest).
        commands.removeAll(List.of("quit", "exit", "seed", "save", "export"));
        commands.addAll(Protocols.names());
        StringBuilder script = new StringBuilder("spawn 3\n");
        int lines = 2000;
        for (int i = 1; i < lines; i++) {
            StringBuilder line = new StringBuilder();
            if (random.nextInt(10) > 0) line.append(commands.get(random.nextInt(commands.size())));
            int words = random.nextInt(6);
            for (int w = 0; w < words; w++) {
                line.append(' ');
                line.append(random.nextInt(8) == 0 ? randomJunk(random) : PIECES[random.nextInt(PIECES.length)]);
            }
            if (line.toString().startsWith("run") || line.toString().startsWith("advance")) line = new StringBuilder("advance 10ms");
            script.append(line).append('\n');
        }
        Lab.Transcript t = Lab.script("fuzz.lab", script.toString(), seed, true);
        assertFalse(t.stderr().contains("internal error"), t.stderr());
        int problems = 0;
        for (String problem : t.stderr().split("\n")) {
            if (problem.isEmpty()) continue;
            problems++;
            Matcher m = PROBLEM.matcher(problem);
            assertTrue(m.matches(), "not a FILE:LINE: problem line: " + problem);
            int line = Integer.parseInt(m.group(1));
            assertTrue(line >= 1 && line <= lines, problem);
        }
        assertFalse(t.stdout().contains("Exception"), "a stack trace reached stdout");
        assertTrue(problems > lines / 4, "the fuzzer should mostly produce bad lines, saw " + problems + " errors");
        assertTrue(t.stdout().split("\n> ").length > lines / 2, "every line should have been echoed and run");
    }

    private static String randomJunk(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) b.append((char) (33 + random.nextInt(94)));
        return b.toString();
    }

    /** A script's bytes run in script mode (keep-going), as Main runs a file. */
    private static Lab.Transcript runBytes(byte[] script) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(), err = new java.io.ByteArrayOutputStream();
        int status = new distlab.ui.script.ScriptRunner(new Session(1), new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), true)
                .run(List.of(new distlab.ui.script.ScriptSource("fuzz.lab", new distlab.ui.script.ScriptReader(new ByteArrayInputStream(script)))));
        return new Lab.Transcript(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** Every problem is one well-formed, short line; no stack trace, no internal error. */
    private static int assertCleanProblems(Lab.Transcript t) {
        int problems = 0;
        for (String problem : t.stderr().split("\n")) {
            if (problem.isEmpty()) continue;
            problems++;
            assertTrue(PROBLEM.matcher(problem).matches(), "not a FILE:LINE: problem line: " + problem);
            assertTrue(problem.length() < 600, "a giant word was repeated: " + problem.length() + " characters");
            assertFalse(problem.contains("internal error"), problem);
        }
        assertFalse(t.stdout().contains("Exception") || t.stderr().contains("Exception"), "a stack trace escaped");
        return problems;
    }

    private static final String ALIVE = "expect n1.up and n2.up and n3.up";

    @Test
    void hostileLinesAreEachOneLineAndTheSessionKeepsWorking() {
        List<byte[]> hostile = new ArrayList<>();
        for (String line : List.of(
                "expect " + "(".repeat(3_000) + "n1.up" + ")".repeat(3_000),
                "expect " + "not ".repeat(5_000) + "n1.up",
                "expect x" + " and x".repeat(10_000),
                "run 1s until " + "(".repeat(3_000),
                "expect e99999999999 -> e1",
                "run 1s until e99999999999 -> e1",
                "send n1 n2 " + "y".repeat(60_000),
                "frobnicate " + "z".repeat(60_000),
                "send n1 n2 \"\u001b[2J\u001b]0;pwned\u0007\"",
                "expect 1234567890123456 < 12345678901234567",
                "expect n1.lamport == 99999999999999999999")) {
            hostile.add(line.getBytes(StandardCharsets.UTF_8));
        }
        hostile.add(new byte[] {'s', 'h', 'o', 'w', ' ', 'n', '1', 0, '.', 'v', 'c'});
        hostile.add(new byte[] {'l', 'o', 'c', 'a', 'l', ' ', 'n', '1', ' ', (byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0x80});
        for (int i = 0; i < 31; i++) hostile.add("let a = $a$a".getBytes(StandardCharsets.UTF_8)); // a runaway variable
        java.io.ByteArrayOutputStream script = new java.io.ByteArrayOutputStream();
        script.writeBytes("spawn 3\nlet a = x\n".getBytes(StandardCharsets.UTF_8));
        for (byte[] line : hostile) {
            script.writeBytes(line);
            script.writeBytes(("\n" + ALIVE + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Lab.Transcript t = runBytes(script.toByteArray());
        int problems = assertCleanProblems(t);
        assertEquals(hostile.size() - 15 - 2, problems,
                "each hostile line is refused, but for the first 15 doublings, the escaped payload and the long numbers");
        assertEquals(hostile.size(), t.stdout().split("> " + java.util.regex.Pattern.quote(ALIVE) + "\nok\n", -1).length - 1,
                "the session answered after every hostile line");
        assertFalse(t.stdout().contains("\u001b") || t.stdout().contains("\u0007"), "a control character reached the terminal");
    }

    @Test
    void randomBytesNeverBreakTheLab() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        java.io.ByteArrayOutputStream script = new java.io.ByteArrayOutputStream();
        script.writeBytes("spawn 3\n".getBytes(StandardCharsets.UTF_8));
        String[] starts = {"send n1 n2 ", "expect ", "let v = ", "show ", "local n1 ", "run 1ms until ", "note ", ""};
        for (int i = 0; i < 3_000; i++) {
            script.writeBytes(starts[random.nextInt(starts.length)].getBytes(StandardCharsets.UTF_8));
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                int b = random.nextInt(256);
                script.write(b == '\n' ? ' ' : b);
            }
            script.writeBytes(("\n" + ALIVE + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Lab.Transcript t = runBytes(script.toByteArray());
        assertCleanProblems(t);
        assertEquals(3_000, t.stdout().split("> " + java.util.regex.Pattern.quote(ALIVE) + "\nok\n", -1).length - 1,
                "the session answered after every random line");
        for (char c : t.stdout().toCharArray()) {
            assertTrue(c == '\n' || c == '\t' || c >= 0x20 && (c < 0x7F || c > 0x9F), "raw control character " + (int) c);
        }
    }

    @Test
    void anEndlessStreamWithoutANewlineEndsWithOneLine() {
        java.io.InputStream endless = new java.io.InputStream() {
            private final java.util.SplittableRandom random = new java.util.SplittableRandom(5);

            @Override
            public int read() {
                int b = random.nextInt(256);
                return b == '\n' ? 0 : b;
            }
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(), err = new java.io.ByteArrayOutputStream();
        int status = new distlab.ui.script.ScriptRunner(new Session(1), new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), true)
                .run(List.of(new distlab.ui.script.ScriptSource("fuzz.lab", new distlab.ui.script.ScriptReader(endless))));
        assertEquals(1, status);
        assertEquals("fuzz.lab:1: error: line longer than 65536 bytes (is it a text file?): the script stops here\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void longIdsAreOneLineEverywhere() {
        StringBuilder script = new StringBuilder("spawn 3\n");
        for (String line : List.of("show m9999999999", "show e99999999999", "let v = e99999999999", "let v = m9999999999.status",
                "expect m9999999999.status == delivered", "run 1s until m9999999999.status == delivered", "deliver m9999999999")) {
            script.append(line).append('\n').append(ALIVE).append('\n');
        }
        Lab.Transcript t = runBytes(script.toString().getBytes(StandardCharsets.UTF_8));
        assertCleanProblems(t);
        assertEquals(7, t.stdout().split("> " + java.util.regex.Pattern.quote(ALIVE) + "\nok\n", -1).length - 1);
    }
}
