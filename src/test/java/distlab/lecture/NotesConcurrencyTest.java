package distlab.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes that never lose a word, with real processes: two labs (JVMs) adding questions to
 * one home at once, and a lab killed with SIGKILL again and again in the middle of writing.
 * The user's own lines and every acknowledged addition must survive, and the file must
 * always be whole.
 */
class NotesConcurrencyTest {
    private static final String USERS_TEXT = "# Questions\n\nMy own question, typed by hand.\n- [ ] is this kept?\n";

    @TempDir
    Path home;

    private final Course course = Course.load();

    private Process startWriter(String prefix, int count) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), NotesWriterProcess.class.getName(),
                home.toString(), prefix, Integer.toString(count)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private Path questions() throws IOException {
        Path file = new NotesStore(new LabHome(home), course).questionsFile();
        Files.createDirectories(file.getParent());
        return file;
    }

    @Test
    void twoLabsWritingAtOnceLoseNothing() throws Exception {
        Path file = questions();
        Files.writeString(file, USERS_TEXT);
        Process other = startWriter("other", 60);
        BufferedReader acks = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("started", acks.readLine());
        NotesStore mine = new NotesStore(new LabHome(home), course);
        for (int i = 0; i < 60; i++) mine.addQuestion(null, "mine-" + i);
        assertTrue(other.waitFor(120, TimeUnit.SECONDS), "the other lab did not finish");
        assertEquals(0, other.exitValue());
        String text = Files.readString(file);
        assertTrue(text.startsWith(USERS_TEXT), "the user's lines were changed:\n" + text);
        for (int i = 0; i < 60; i++) {
            assertEquals(1, count(text, "- [ ] mine-" + i + "\n"), "mine-" + i);
            assertEquals(1, count(text, "- [ ] other-" + i + "\n"), "other-" + i);
        }
    }

    @Test
    void aLabKilledMidWriteAgainAndAgainLosesNoAcknowledgedLine() throws Exception {
        Path file = questions();
        Files.writeString(file, USERS_TEXT);
        SplittableRandom random = new SplittableRandom(11);
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            Process writer = startWriter("r" + round, 0);
            BufferedReader acks = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("started", acks.readLine());
            int stopAfter = 1 + random.nextInt(12);
            for (int i = 0; i < stopAfter; i++) {
                String ack = acks.readLine();
                acknowledged.add("- [ ] r" + round + "-" + ack.substring("ack ".length()));
            }
            Thread.sleep(random.nextInt(15)); // somewhere in the middle of the next write
            writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.startsWith(USERS_TEXT), "round " + round + ": the user's lines were changed");
            assertTrue(text.endsWith("\n"), "round " + round + ": the file was cut short");
            for (String ack : acknowledged) assertTrue(text.contains(ack + "\n"), "round " + round + ": lost " + ack);
        }
        new NotesStore(new LabHome(home), course).addQuestion(null, "after the storm");
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
                    "temporary files of killed labs are cleaned up by the next write");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }
}
