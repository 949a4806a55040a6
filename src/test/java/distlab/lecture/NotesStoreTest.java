package distlab.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesStoreTest {
    @TempDir
    Path dir;

    private final Course course = Course.load();

    private NotesStore store() {
        return new NotesStore(new LabHome(dir), course);
    }

    @Test
    void notesGoUnderTheLecturesHeadingAndNeverTouchTheUsersLines() throws IOException {
        NotesStore notes = store();
        notes.ensureLayout();
        Path file = notes.sectionFile(4);
        String userText = Files.readString(file).replace("## 4.1 Logical time\n", "## 4.1 Logical time\n\nMy own line *with markdown*.\n")
                + "\nA paragraph I wrote at the end.\n";
        Files.writeString(file, userText);
        notes.addNote(course.require("4.1"), "first note");
        notes.addNote(course.require("4.1"), "second note");
        notes.addNote(course.require("4.3"), "on broadcast");
        List<String> lines = Files.readAllLines(file);
        List<String> original = List.of(userText.split("\n", -1));
        int i = 0;
        for (String line : original) {
            if (line.isEmpty()) continue;
            while (i < lines.size() && !lines.get(i).equals(line)) i++;
            assertTrue(i < lines.size(), "the user's line disappeared or moved out of order: " + line);
        }
        int heading = lines.indexOf("## 4.1 Logical time");
        assertEquals("My own line *with markdown*.", lines.get(heading + 2));
        assertEquals("- first note", lines.get(heading + 3));
        assertEquals("- second note", lines.get(heading + 4));
        assertTrue(lines.indexOf("- on broadcast") > lines.indexOf("## 4.3 Broadcast algorithms"));
    }

    @Test
    void aMissingHeadingIsAddedAtTheEnd() throws IOException {
        NotesStore notes = store();
        Files.createDirectories(notes.notesDir());
        Files.writeString(notes.sectionFile(6), "my consensus notes\n");
        notes.addNote(course.require("6.2"), "terms are epochs");
        assertEquals("my consensus notes\n\n## 6.2 Raft\n\n- terms are epochs\n", Files.readString(notes.sectionFile(6)));
    }

    @Test
    void doneIsIdempotentAndShowsInProgress() throws IOException {
        NotesStore notes = store();
        assertTrue(notes.markDone(course.require("3.3")));
        String once = Files.readString(notes.progressFile());
        assertFalse(notes.markDone(course.require("3.3")));
        assertEquals(once, Files.readString(notes.progressFile()));
        assertEquals(java.util.Set.of("3.3"), notes.done());
        assertTrue(once.contains("- [x] 3.3 Causality and happens-before"));
    }

    @Test
    void aLineTheUserDeletedIsAddedBackRatherThanLost() throws IOException {
        NotesStore notes = store();
        Files.createDirectories(notes.notesDir());
        Files.writeString(notes.progressFile(), "# My own progress file\n");
        notes.markDone(course.require("6.2"));
        assertEquals("# My own progress file\n- [x] 6.2 Raft\n", Files.readString(notes.progressFile()));
    }

    @Test
    void anInterruptedWriteLeavesTheOldFileIntact() throws IOException {
        NotesStore notes = store();
        notes.addQuestion(null, "what is a quorum?");
        Path file = notes.questionsFile();
        String before = Files.readString(file);
        NotesStore failing = new NotesStore(new LabHome(dir), course, (out, content) -> {
            out.write(content, 0, content.length() / 2);
            out.flush();
            throw new IOException("disk full");
        });
        assertThrows(IOException.class, () -> failing.addQuestion(null, "this one is lost"));
        assertEquals(before, Files.readString(file));
        try (var files = Files.list(notes.notesDir())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "the temporary file was left behind");
        }
    }

    @Test
    void theLayoutIsCreatedOnceAndExistingFilesAreKept() throws IOException {
        NotesStore notes = store();
        Files.createDirectories(notes.notesDir());
        Files.writeString(notes.questionsFile(), "mine\n");
        notes.ensureLayout();
        assertEquals("mine\n", Files.readString(notes.questionsFile()));
        assertTrue(Files.exists(notes.notesDir().resolve("README.md")));
        for (int s = 0; s <= 8; s++) assertTrue(Files.exists(notes.sectionFile(s)));
    }
}
