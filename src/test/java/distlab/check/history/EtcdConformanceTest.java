package distlab.check.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.check.linearizability.CasRegisterModel;
import distlab.check.linearizability.LinearizabilityChecker;
import distlab.check.linearizability.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Jepsen etcd histories get the verdicts Porcupine's tests assert (EXPECTED.txt). */
class EtcdConformanceTest {
    static final Path DATA = Path.of("src/test/resources/conformance/jepsen-etcd");

    static Stream<Arguments> expectedVerdicts() throws IOException {
        return Files.readAllLines(DATA.resolve("EXPECTED.txt")).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.trim().split("\\s+"))
                .map(fields -> Arguments.of(fields[0], fields[1]));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("expectedVerdicts")
    void verdictMatchesExpected(String file, String expected) throws Exception {
        JepsenHistory history = JepsenLogParser.parse(DATA.resolve(file));
        String actual;
        if (history.isEmpty()) {
            actual = "empty";
        } else {
            Verdict verdict = LinearizabilityChecker.check(new CasRegisterModel(), history.operations()).verdict();
            actual = verdict == Verdict.LINEARIZABLE ? "linearizable"
                    : verdict == Verdict.NOT_LINEARIZABLE ? "not-linearizable" : "unknown";
        }
        assertEquals(expected, actual);
    }

    @Test
    void everyLogHasAnExpectedVerdict() throws IOException {
        // etcd_000 to etcd_102: 102 histories with operations, plus the empty etcd_095.
        assertEquals(103, expectedVerdicts().count());
        try (Stream<Path> logs = Files.list(DATA)) {
            assertEquals(103, logs.filter(p -> p.toString().endsWith(".log")).count());
        }
    }

    @Test
    void theEmptyLogIsReportedAsEmpty() throws Exception {
        JepsenHistory history = JepsenLogParser.parse(DATA.resolve("etcd_095.log"));
        assertTrue(history.isEmpty());
        assertEquals(List.of(), history.operations());
    }
}
