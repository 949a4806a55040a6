package distlab.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every demo is a test (jlox's golden files): each demos/*.lab runs with seed 1, all its
 * expect lines must hold, a second run must print the same bytes, and the transcript must
 * match src/test/resources/golden/NAME.out. Write or regenerate the golden files after a
 * deliberate output change, read the diff, and commit them:
 * mvn test -Dtest=DemoScriptsTest -Dgolden.update=true
 */
class DemoScriptsTest {
    private static final Path DEMOS = Path.of("demos");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> everyDemoRunsCleanAndMatchesItsGoldenTranscript() throws IOException {
        List<Path> demos;
        try (Stream<Path> files = Files.list(DEMOS)) {
            demos = files.filter(p -> p.toString().endsWith(".lab")).sorted().toList();
        }
        assertTrue(demos.size() >= 2, "demos are missing");
        return demos.stream().map(demo -> DynamicTest.dynamicTest(demo.getFileName().toString(), () -> check(demo)));
    }

    private static void check(Path demo) throws IOException {
        String text = Files.readString(demo, StandardCharsets.UTF_8);
        Lab.Transcript first = Lab.script(demo.toString(), text, 1, true);
        assertEquals("", first.stderr(), "the demo reported failures");
        assertEquals(0, first.status());
        Lab.Transcript second = Lab.script(demo.toString(), text, 1, true);
        assertEquals(first.stdout(), second.stdout(), "same seed, same script, different output");
        Path golden = GOLDEN.resolve(demo.getFileName().toString().replace(".lab", ".out"));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, first.stdout(), StandardCharsets.UTF_8);
        }
        // A missing transcript fails: one written on the fly would pass whatever the demo printed.
        assertTrue(Files.exists(golden), golden + " is missing: run with -Dgolden.update=true, read it, and commit it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), first.stdout(), "transcript differs from " + golden);
    }
}
