package distlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line under stress: a full disk, an empty --home, a folder for a script, and running out of memory. */
class MainHardeningTest {
    @TempDir
    Path dir;

    private static final OutputStream FULL_DISK = new OutputStream() {
        @Override public void write(int b) throws IOException { throw new IOException("No space left on device"); }
    };

    @Test
    void outputToAFullDiskEndsWithStatusOneAndOneLine() throws IOException {
        Path script = Files.writeString(dir.resolve("a.lab"), "spawn 3\nshow time\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {script.toString()}, new PrintStream(FULL_DISK, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertEquals("lab: cannot write the output (disk full, or the reader went away): stopped at " + script + ":1\n",
                err.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream helpErr = new ByteArrayOutputStream();
        assertEquals(1, Main.run(new String[] {"--help"}, new PrintStream(FULL_DISK, false, StandardCharsets.UTF_8),
                new PrintStream(helpErr, true, StandardCharsets.UTF_8)), "any mode: output that was lost is a failure");
    }

    @Test
    void anEmptyHomeAndAFolderForAScriptAreUsageErrors() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Path script = Files.writeString(dir.resolve("a.lab"), "show time\n");
        assertEquals(2, Main.run(new String[] {"--home", "", script.toString()}, o, e));
        assertEquals(2, Main.run(new String[] {dir.toString()}, o, e));
        assertEquals("lab: --home needs a folder, not an empty path (e.g. --home ~/distlab) (see java -jar lab.jar --help)\nlab: " + dir
                + " is a folder, not a script\n",
                err.toString(StandardCharsets.UTF_8));
    }

    /** A real JVM with a small heap: running out of memory is one line naming what to lower, never a stack trace. */
    @Test
    void runningOutOfMemoryIsOneLine() throws Exception {
        Path script = Files.writeString(dir.resolve("big.lab"), "spawn 256 raft\nrun 3600s\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process lab = new ProcessBuilder(java, "-Xmx40m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                script.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(lab.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lab.waitFor(300, TimeUnit.SECONDS));
        assertEquals(1, lab.exitValue(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains("out of memory: ask for less (a shorter run, fewer nodes, fewer rows), or reset;"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }
}
