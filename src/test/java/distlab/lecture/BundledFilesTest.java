package distlab.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Issue 18, item 4: the demos and lectures in the jar open from any directory. */
class BundledFilesTest {
    @Test
    void demosAndLecturesAreFoundByTheirRepositoryPathOrTheirName() throws Exception {
        String demo = Files.readString(Path.of("demos/6_2_raft.lab"), StandardCharsets.UTF_8);
        assertEquals(demo, BundledFiles.read("demos/6_2_raft.lab").orElseThrow());
        assertEquals(demo, BundledFiles.read("./demos/6_2_raft.lab").orElseThrow());
        assertEquals(demo, BundledFiles.read("6_2_raft.lab").orElseThrow());
        String lecture = BundledFiles.read("lectures/4_1_logical_time.md").orElseThrow();
        assertTrue(lecture.startsWith("# Try it 1 of 2 (line ") && lecture.contains("\nseed 1\nspawn A B C\n"), lecture);
        assertTrue(BundledFiles.read("demos/nothing.lab").isEmpty());
        assertTrue(BundledFiles.read("../pom.xml").isEmpty());
        assertTrue(BundledFiles.read("src/main/java/distlab/Main.java").isEmpty());
    }

    @Test
    void aBundledDemoRunsWhenNoSuchFileIsOnDisk() {
        // The tests run in the repository, where demos/ is on disk; the bare name is not, so it comes from the classpath.
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"6_1_consensus.lab"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("> spawn"));
    }

    @Test
    void aLectureRunsAsItsTryItBlocksEachInAFreshSession() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"lectures/4_1_logical_time.md"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals(2, out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.equals("> seed 1")).count());
    }
}
