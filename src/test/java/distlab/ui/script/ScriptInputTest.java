package distlab.ui.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.engine.LineSplitter;
import distlab.engine.Session;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Script mode on hostile input: byte order marks, CRLF, no final newline (all accepted);
 * invalid UTF-8, NUL bytes and over-long lines (each one clear line); an endless stream with
 * no newline (one line, then the end); and output that cannot be written (status 1).
 */
class ScriptInputTest {
    private record Run(int status, String out, String err) {}

    private static Run run(BufferedReader reader, boolean keepGoing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = new ScriptRunner(new Session(1), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), keepGoing).run(List.of(new ScriptSource("s.lab", reader)));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run bytes(byte[] script, boolean keepGoing) {
        return run(new ScriptReader(new ByteArrayInputStream(script)), keepGoing);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkCrlfLineEndsAndNoFinalNewlineAreAccepted() {
        Run r = bytes(utf8("\uFEFFspawn 2\r\nlocal n1\r\nshow n1.vc"), false);
        assertEquals(0, r.status, r.err);
        assertEquals("> spawn 2\nspawned n1 n2 (plain)\n> local n1\ne1  0ms  n1  local  L=1 [1,0]\n> show n1.vc\nn1.vc = [1,0]\n", r.out);
        Run chars = run(new BufferedReader(new StringReader("\uFEFFspawn 2\n")), false);
        assertEquals(0, chars.status, chars.err);
    }

    @Test
    void aLineThatIsNotUtf8IsOneErrorAndTheRestRuns() {
        byte[] script = {'s', 'p', 'a', 'w', 'n', ' ', '2', '\n', 'l', 'o', 'c', 'a', 'l', ' ', 'n', '1', ' ', (byte) 0xC3, '(', '\n',
            's', 'h', 'o', 'w', ' ', 't', 'i', 'm', 'e', '\n'};
        Run r = bytes(script, true);
        assertEquals(1, r.status);
        assertEquals("s.lab:2: error: the line is not valid UTF-8 (byte 0xc3 at column 10): save the script as UTF-8\n", r.err);
        assertTrue(r.out.endsWith("> show time\ntime = 0ms\n"), r.out);
        assertFalse(bytes(script, false).out.contains("show time"), "without --keep-going the script stops there");
    }

    @Test
    void aNulByteIsRefusedOnItsLine() {
        Run r = bytes(utf8("spawn 2\nsend n1 n2 a\0b\nshow time\n"), true);
        assertEquals("s.lab:2: error: the line holds a NUL byte at column 13 (is it a text file?)\n", r.err);
        assertTrue(r.out.endsWith("time = 0ms\n"));
        Run chars = run(new BufferedReader(new StringReader("spawn 2\nsend n1 n2 a\0b\n")), true);
        assertEquals("s.lab:2: error: the line holds a NUL character (is it a text file?)\n", chars.err);
    }

    @Test
    void anEndlessStreamWithoutNewlineEndsWithOneLine() {
        InputStream zeros = new InputStream() {
            @Override public int read() { return 0; }
        };
        Run r = run(new ScriptReader(zeros), true);
        assertEquals(1, r.status);
        assertEquals("s.lab:1: error: line longer than " + ScriptReader.MAX_LINE_BYTES
                + " bytes (is it a text file?): the script stops here\n", r.err);
        assertEquals("", r.out);
    }

    @Test
    void anOverlongLineEndsTheScriptButShortOnesBeforeItRun() {
        byte[] script = utf8("spawn 2\nlocal n1 " + "x".repeat(ScriptReader.MAX_LINE_BYTES) + "\nshow time\n");
        Run r = bytes(script, true);
        assertTrue(r.out.startsWith("> spawn 2\n") && !r.out.contains("show time"), r.out);
        assertEquals(1, r.err.lines().count(), r.err);
        Run chars = run(new BufferedReader(new StringReader("local n1 " + "y".repeat(LineSplitter.MAX_LINE_CHARS) + "\nshow time\n")), true);
        assertTrue(chars.err.startsWith("s.lab:1: error: line too long: 65545 characters (at most 65536)"), chars.err);
        assertTrue(chars.out.endsWith("time = 0ms\n"), "a long line from a reader of characters is one error, then the script goes on");
    }

    @Test
    void controlCharactersAreEscapedInTheEchoAndTheOutput() {
        Run r = bytes(utf8("spawn 2\nsend n1 n2 \"\u001b[2J\u0007bell\"\n"), false);
        assertTrue(r.out.contains("> send n1 n2 \"\\x1b[2J\\x07bell\""), r.out);
        assertTrue(r.out.contains("send m1 to n2 \"\\x1b[2J\\x07bell\""), r.out);
        assertFalse(r.out.contains("\u001b") || r.out.contains("\u0007"), "no raw control character reaches the terminal");
    }

    @Test
    void outputThatCannotBeWrittenEndsTheRunWithStatusOne() {
        OutputStream full = new OutputStream() {
            @Override public void write(int b) throws IOException { throw new IOException("No space left on device"); }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ScriptRunner(new Session(1), new PrintStream(full, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true)
                .run(List.of(new ScriptSource("s.lab", new BufferedReader(new StringReader("spawn 2\nshow time\nshow time\n")))));
        assertEquals(1, status);
        assertEquals("lab: cannot write the output (disk full, or the reader went away): stopped at s.lab:1\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void progressLinesAreShortAndSayWhereTheRunIs() {
        assertEquals("running: 12.5s of 3600s virtual time, 1,234,567 events", ScriptProgress.line(12_500_000, 3_600_000_000L, 1_234_567, 0));
        assertEquals("running: 2ms virtual time, 1,024 events", ScriptProgress.line(2_000, Long.MAX_VALUE, 1024, 0));
        assertEquals("exploring: 42,000 states, 21,000 states/s",
                ScriptProgress.line(0, distlab.sim.RunMonitor.SEARCH, 42_000, 2_000_000_000L));
    }
}
