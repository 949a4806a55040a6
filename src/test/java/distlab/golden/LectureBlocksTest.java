package distlab.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.lecture.TryItBlocks;
import distlab.testing.Lab;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every ```lab block of every lecture runs, in a fresh session with seed 1, without an error. */
class LectureBlocksTest {
    @TestFactory
    Stream<DynamicTest> everyTryItBlockRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> lectures;
        try (Stream<Path> files = Files.list(Path.of("lectures"))) {
            lectures = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(lectures.size() >= 24, "lectures are missing");
        for (Path lecture : lectures) {
            String markdown = Files.readString(lecture, StandardCharsets.UTF_8);
            for (TryItBlocks.Block block : TryItBlocks.extract(markdown)) {
                String name = lecture.getFileName() + ":" + block.line();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Lab.Transcript t = Lab.script(name, block.text(), 1, true);
                    assertEquals("", t.stderr(), "block failed; transcript:\n" + t.stdout());
                    assertEquals(0, t.status());
                }));
            }
        }
        return tests.stream();
    }
}
