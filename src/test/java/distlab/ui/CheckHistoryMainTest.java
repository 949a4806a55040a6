package distlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar lab.jar check-history} end to end through {@link Main#run} (docs/language.md; docs/history-checker.md): the
 * 102 Jepsen etcd histories get the verdicts of EXPECTED.txt, the empty one (etcd_095) is reported, and bad
 * input gives one clear line with the right exit status.
 */
class CheckHistoryMainTest {
    private static final Path DATA = Path.of("src/test/resources/conformance/jepsen-etcd");

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run lab(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run lab(String... args) {
        return lab(List.of(args));
    }

    @Test
    void everyEtcdHistoryGetsItsExpectedVerdict() throws IOException {
        List<String> expected = Files.readAllLines(DATA.resolve("EXPECTED.txt"));
        List<String> args = new ArrayList<>(List.of("check-history", "--model", "cas-register"));
        List<String> wanted = new ArrayList<>();
        for (String line : expected) {
            if (line.isBlank()) continue;
            String[] parts = line.strip().split("\\s+");
            Path file = DATA.resolve(parts[0]);
            args.add(file.toString());
            wanted.add(file + ": " + switch (parts[1]) {
                case "not-linearizable" -> "not linearizable";
                case "empty" -> "empty (no operations)";
                default -> parts[1];
            });
        }
        assertEquals(103, wanted.size(), "EXPECTED.txt lists etcd_000 to etcd_102");
        assertEquals(102, wanted.stream().filter(w -> !w.endsWith("empty (no operations)")).count(), "102 histories and the empty one");
        Run run = lab(args);
        assertEquals("", run.err);
        assertEquals(0, run.status, "every file was decided");
        assertEquals(wanted, run.out.lines().toList());
    }

    @Test
    void theEmptyHistoryIsReportedNotCrashedOn() {
        Run run = lab("check-history", "--model", "cas-register", DATA.resolve("etcd_095.log").toString());
        assertEquals(0, run.status);
        assertEquals(DATA.resolve("etcd_095.log") + ": empty (no operations)\n", run.out);
    }

    @Test
    void verboseExplainsANonLinearizableHistory() {
        Run run = lab("check-history", "--verbose", DATA.resolve("etcd_000.log").toString());
        assertEquals(0, run.status);
        assertTrue(run.out.startsWith(DATA.resolve("etcd_000.log") + ": not linearizable\n"), run.out);
        assertTrue(run.out.contains("Not linearizable") && run.out.contains("op"), run.out);
    }

    @Test
    void aMalformedLineGivesFileLineError() throws IOException {
        Path bad = dir.resolve("bad.log");
        Files.writeString(bad, "INFO  jepsen.util - 2\t:invoke\t:cas\t[3 0]\nINFO  jepsen.util - 2\t:bogus\t:cas\t[3 0]\n");
        Run run = lab("check-history", "--model", "cas-register", bad.toString());
        assertEquals(1, run.status);
        assertEquals("", run.out);
        assertTrue(run.err.startsWith(bad + ":2: error: "), run.err);
        assertEquals(1, run.err.lines().count(), run.err);
    }

    @Test
    void anUnmatchedCompletionIsOneClearLine() throws IOException {
        Path bad = dir.resolve("unmatched.log");
        Files.writeString(bad, "INFO  jepsen.util - 3\t:ok\t:read\t4\n");
        Run run = lab("check-history", bad.toString());
        assertEquals(1, run.status);
        assertTrue(run.err.startsWith(bad + ":1: error: "), run.err);
        assertEquals(1, run.err.lines().count(), run.err);
    }

    @Test
    void goodFilesAreStillCheckedWhenAnotherIsBad() {
        Run run = lab("check-history", dir.resolve("missing.log").toString(), DATA.resolve("etcd_002.log").toString());
        assertEquals(1, run.status);
        assertEquals(DATA.resolve("etcd_002.log") + ": linearizable\n", run.out);
        assertTrue(run.err.contains("missing.log") && run.err.contains("no such file"), run.err);
    }

    @Test
    void keyValueHistoriesInBothFormats() throws IOException {
        Path log = dir.resolve("kv.log");
        Files.writeString(log, "INFO  jepsen.util - 1 :invoke :write [x 3]\nINFO  jepsen.util - 1 :ok :write [x 3]\n"
                + "INFO  jepsen.util - 2 :invoke :read [y nil]\nINFO  jepsen.util - 2 :ok :read [y nil]\n"
                + "INFO  jepsen.util - 2 :invoke :read [x nil]\nINFO  jepsen.util - 2 :ok :read [x 4]\n");
        Path edn = dir.resolve("kv.edn");
        Files.writeString(edn, "{:process 0, :type :invoke, :f :append, :key \"k\", :value \"a\"}\n"
                + "{:process 0, :type :ok, :f :append, :key \"k\", :value \"a\"}\n"
                + "{:process 1, :type :invoke, :f :get, :key \"k\", :value nil}\n"
                + "{:process 1, :type :ok, :f :get, :key \"k\", :value \"a\"}\n"
                + "{:process 1, :type :invoke, :f :get, :key \"j\", :value nil}\n"
                + "{:process 1, :type :ok, :f :get, :key \"j\", :value \"\"}\n");
        Run run = lab("check-history", "--model", "kv", log.toString(), edn.toString());
        assertEquals(log + ": not linearizable\n" + edn + ": linearizable\n", run.out);
        assertEquals(0, run.status, run.err);
    }

    @Test
    void anEndlessInputEndsWithOneLineAndTheNextFileIsStillChecked() {
        Run run = lab("check-history", "/dev/zero", DATA.resolve("etcd_002.log").toString());
        assertEquals(1, run.status);
        assertEquals("/dev/zero:1: error: line longer than 65,536 characters (is this a history file? Each event goes"
                + " on a line of its own)\n", run.err);
        assertEquals(DATA.resolve("etcd_002.log") + ": linearizable\n", run.out);
    }

    @Test
    void anUnknownVerdictNamesTheLimitToRaise() {
        Run run = lab("check-history", "--steps", "10", DATA.resolve("etcd_002.log").toString());
        assertEquals(1, run.status);
        assertEquals(DATA.resolve("etcd_002.log") + ": unknown (reached the step budget, 10 steps per key; raise --steps)\n",
                run.out);
        Run tooMany = lab("check-history", "--max-ops", "5", DATA.resolve("etcd_002.log").toString());
        assertEquals(1, tooMany.status);
        assertTrue(tooMany.err.contains("error: more than 5 operations (raise --max-ops, or split the history)"), tooMany.err);
    }

    @Test
    void badUsage() {
        Run zeroSteps = lab("check-history", "--steps", "0", DATA.resolve("etcd_002.log").toString());
        assertEquals(2, zeroSteps.status);
        assertEquals(1, zeroSteps.err.lines().count(), zeroSteps.err);
        Run unknownModel = lab("check-history", "--model", "queue", DATA.resolve("etcd_002.log").toString());
        assertEquals(2, unknownModel.status);
        assertTrue(unknownModel.err.contains("unknown model 'queue'") && unknownModel.err.contains("cas-register, kv"),
                unknownModel.err);
        Run noFiles = lab("check-history", "--model", "cas-register");
        assertEquals(2, noFiles.status);
        assertTrue(noFiles.err.contains("FILE"), noFiles.err);
        Run help = lab("check-history", "--help");
        assertEquals(0, help.status);
        assertTrue(help.out.contains("--model") && help.out.contains("--verbose"), help.out);
        assertTrue(lab("--help").out.contains("check-history"));
    }
}
