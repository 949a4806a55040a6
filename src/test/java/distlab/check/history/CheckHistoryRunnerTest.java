package distlab.check.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.check.linearizability.Budget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckHistoryRunnerTest {
    private static final Path DATA = EtcdConformanceTest.DATA;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<Path> files, String model) {
        return run(files, model, false, Budget.defaultBudget());
    }

    private int run(List<Path> files, String model, boolean verbose, Budget budget) {
        return CheckHistoryRunner.run(files, model, verbose, budget, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneVerdictPerFileAndExitsZeroWhenAllDecided() {
        Path lin = DATA.resolve("etcd_002.log");
        Path notLin = DATA.resolve("etcd_000.log");
        Path empty = DATA.resolve("etcd_095.log");
        assertEquals(0, run(List.of(lin, notLin, empty), "cas-register"));
        assertEquals(lin + ": linearizable\n" + notLin + ": not linearizable\n" + empty + ": empty (no operations)\n",
                out());
        assertEquals("", err());
    }

    @Test
    void unknownModelExitsTwo() {
        assertEquals(2, run(List.of(DATA.resolve("etcd_002.log")), "x"));
        assertEquals("unknown model 'x' (models: cas-register, kv)\n", err());
        assertEquals("", out());
    }

    @Test
    void unreadableAndMalformedFilesExitOneButOthersAreStillChecked(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.log");
        Path bad = dir.resolve("bad.log");
        Files.writeString(bad, "INFO  jepsen.util - 1\t:ok\t:read\t3\n");
        Path good = DATA.resolve("etcd_002.log");
        assertEquals(1, run(List.of(missing, bad, good), "cas-register"));
        assertEquals(good + ": linearizable\n", out());
        assertEquals(missing + ": error: cannot read (no such file)\n"
                + bad + ":1: error: process 1 completes :read with no pending invoke (each :ok, :fail or :info must"
                + " follow an :invoke by the same process)\n", err());
    }

    @Test
    void budgetExhaustedIsUnknownAndExitsOne() {
        Path file = DATA.resolve("etcd_002.log");
        assertEquals(1, run(List.of(file), "cas-register", false, Budget.steps(10)));
        assertEquals(file + ": unknown (reached the step budget, 10 steps per key; raise --steps)\n", out());
    }

    @Test
    void verboseExplainsFailures() {
        Path file = DATA.resolve("etcd_001.log");
        assertEquals(0, run(List.of(file), "cas-register", true, Budget.defaultBudget()));
        assertTrue(out().startsWith(file + ": not linearizable\nNot linearizable. These 2 operations"), out());
        assertTrue(out().contains("op37 read 4, but the register"), out());
    }
}
