package distlab.lecture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.sim.LabException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesStoreTest {
    @TempDir
    Path dir;

    private final Course course = Course.load();

    private NotesStore store() {
        return new NotesStore(new LabHome(dir), course);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void notesGoUnderTheLecturesHeadingAndNeverTouchTheUsersLines() throws IOException {
        NotesStore notes = store();
        notes.markDone(course.require("0.0"));
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
        assertEquals(Set.of("3.3"), notes.done());
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
    void checkboxesWithAnyListMarkerAreRecognised() throws IOException {
        NotesStore notes = store();
        Files.createDirectories(notes.notesDir());
        Files.writeString(notes.progressFile(), "* [ ] 4.2 Broadcast ordering\n+ [X] 4.1 Logical time\n  - [ ] 4.3\n");
        assertTrue(notes.markDone(course.require("4.2")));
        assertFalse(notes.markDone(course.require("4.1")), "already ticked with [X]");
        assertTrue(notes.markDone(course.require("4.3")));
        assertEquals("* [x] 4.2 Broadcast ordering\n+ [X] 4.1 Logical time\n  - [x] 4.3\n", Files.readString(notes.progressFile()));
        assertEquals(Set.of("4.1", "4.2", "4.3"), notes.done());
    }

    @Test
    void anInterruptedWriteLeavesTheOldFileIntactAndSaysWhatWasNotSaved() throws IOException {
        NotesStore notes = store();
        notes.addQuestion(null, "what is a quorum?");
        Path file = notes.questionsFile();
        String before = Files.readString(file);
        NotesStore failing = new NotesStore(new LabHome(dir), course, (out, content) -> {
            out.write(content, 0, content.length() / 2);
            out.flush();
            throw new IOException("No space left on device");
        });
        LabException e = assertThrows(LabException.class, () -> failing.addQuestion(null, "this one is lost"));
        assertEquals("could not save notes/questions.md: No space left on device; nothing was changed, your text was: this one is lost",
                e.getMessage());
        assertEquals(before, Files.readString(file));
        try (var files = Files.list(notes.notesDir())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "the temporary file was left behind");
        }
    }

    @Test
    void readsCreateNothing() throws IOException {
        NotesStore notes = store();
        notes.ensureLayout();
        assertEquals(Set.of(), notes.done());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "progress is a read: it creates no file or folder");
        }
    }

    @Test
    void theFirstWriteCreatesTheLayoutAndExistingFilesAreKept() throws IOException {
        NotesStore notes = store();
        Files.createDirectories(notes.notesDir());
        Files.writeString(notes.questionsFile(), "mine\n");
        notes.markDone(course.require("1.1"));
        assertEquals("mine\n", Files.readString(notes.questionsFile()));
        assertTrue(Files.exists(notes.notesDir().resolve("README.md")));
        for (int s = 0; s <= 8; s++) assertTrue(Files.exists(notes.sectionFile(s)));
    }

    @Test
    void crlfLineEndsAByteOrderMarkAndAMissingFinalNewlineAreKept() throws IOException {
        NotesStore notes = store();
        Files.createDirectories(notes.notesDir());
        Files.write(notes.questionsFile(), bytes("\uFEFF# Mine\r\n\r\n- [ ] why?  \r\nlast line without an end"));
        notes.addQuestion(null, "and this?");
        assertArrayEquals(bytes("\uFEFF# Mine\r\n\r\n- [ ] why?  \r\nlast line without an end\r\n- [ ] and this?\r\n"),
                Files.readAllBytes(notes.questionsFile()));
        Files.write(notes.sectionFile(4), bytes("## 4.1 Logical time\r\n\r\n- mine\r\n"));
        notes.addNote(course.require("4.1"), "a note");
        assertEquals("## 4.1 Logical time\r\n\r\n- mine\r\n- a note\r\n", Files.readString(notes.sectionFile(4)));
    }

    @Test
    void aReadOnlyFileIsRefusedWithItsTextAndModeKept() throws IOException {
        NotesStore notes = store();
        notes.addQuestion(null, "first");
        Path file = notes.questionsFile();
        String before = Files.readString(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        LabException e = assertThrows(LabException.class, () -> notes.addQuestion(null, "second"));
        assertEquals("notes/questions.md is read-only: make it writable (chmod u+w " + file.toRealPath()
                + ") to add to it; nothing was changed, your text was: second", e.getMessage());
        assertEquals(before, Files.readString(file));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void permissionsAreKept() throws IOException {
        NotesStore notes = store();
        notes.addQuestion(null, "first");
        Files.setPosixFilePermissions(notes.questionsFile(), PosixFilePermissions.fromString("rw-r-----"));
        notes.addQuestion(null, "second");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(notes.questionsFile())));
    }

    @Test
    void aSymlinkIsWrittenThroughAndStaysALink() throws IOException {
        NotesStore notes = store();
        Path elsewhere = Files.createDirectories(dir.resolve("synced"));
        Files.writeString(elsewhere.resolve("q.md"), "# Questions I sync\n");
        Files.createDirectories(notes.notesDir());
        Files.createSymbolicLink(notes.questionsFile(), Path.of("../synced/q.md"));
        notes.addQuestion(null, "does it follow?");
        assertTrue(Files.isSymbolicLink(notes.questionsFile()), "the link was replaced by a file");
        assertEquals("# Questions I sync\n- [ ] does it follow?\n", Files.readString(elsewhere.resolve("q.md")));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAndNamed() throws IOException {
        NotesStore notes = store();
        Files.createDirectories(notes.notesDir());
        byte[] latin1 = {'#', ' ', 'Q', '\n', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'};
        Files.write(notes.questionsFile(), latin1);
        LabException e = assertThrows(LabException.class, () -> notes.addQuestion(null, "accents?"));
        assertEquals("notes/questions.md is not valid UTF-8 (byte 0xe9 at line 3): fix or move it; nothing was changed,"
                + " your text was: accents?", e.getMessage());
        assertArrayEquals(latin1, Files.readAllBytes(notes.questionsFile()));
        Files.write(notes.progressFile(), latin1);
        assertEquals("notes/progress.md is not valid UTF-8 (byte 0xe9 at line 3): fix or move it",
                assertThrows(LabException.class, notes::done).getMessage());
    }

    @Test
    void aFolderWhereAFileBelongsIsNamed() throws IOException {
        NotesStore notes = store();
        Files.createDirectories(notes.questionsFile());
        assertEquals("notes/questions.md is a folder, not a file: move it away; nothing was changed, your text was: q",
                assertThrows(LabException.class, () -> notes.addQuestion(null, "q")).getMessage());
    }

    @Test
    void aFileWhereTheNotesFolderBelongsIsNamed() throws IOException {
        NotesStore notes = store();
        Files.writeString(notes.notesDir(), "not a folder");
        assertEquals("notes/questions.md cannot be saved: " + notes.notesDir() + " is a file, not a folder: move it away;"
                + " nothing was changed, your text was: q", assertThrows(LabException.class, () -> notes.addQuestion(null, "q")).getMessage());
    }

    @Test
    void temporaryFilesLeftByAKilledWriterAreRemoved() throws IOException {
        NotesStore notes = store();
        notes.addQuestion(null, "first");
        Files.writeString(notes.notesDir().resolve(".questions.md.999-1.tmp"), "half a fi");
        notes.addQuestion(null, "second");
        try (var files = Files.list(notes.notesDir())) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
        }
    }

    @Test
    void aWriterOutsideTheLockIsNoticedAndItsTextKept() throws IOException {
        NotesStore notes = store();
        notes.addQuestion(null, "first");
        Path file = notes.questionsFile();
        AtomicBoolean editorSaved = new AtomicBoolean();
        NotesStore racing = new NotesStore(new LabHome(dir), course, (out, content) -> {
            // An editor saves the file while the lab writes its temporary copy.
            if (editorSaved.compareAndSet(false, true)) Files.writeString(file, Files.readString(file) + "typed in an editor\n");
            out.write(content);
        });
        racing.addQuestion(null, "second");
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.contains("typed in an editor") && lines.contains("- [ ] first") && lines.contains("- [ ] second"), lines.toString());
        assertTrue(lines.indexOf("typed in an editor") < lines.indexOf("- [ ] second"));
    }

    @Test
    void threadsOfOneProcessTakeTurns() throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    try {
                        store().addQuestion(null, "t" + id + "-" + i);
                    } catch (IOException e) {
                        throw new RuntimeException(e);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        List<String> lines = Files.readAllLines(store().questionsFile());
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < 25; i++) assertTrue(lines.contains("- [ ] t" + t + "-" + i), "lost t" + t + "-" + i);
        }
    }

    @Test
    void anEmptyHomeIsRefused() {
        LabException e = assertThrows(LabException.class, () -> LabHome.resolve(Path.of(""), dir, dir));
        assertEquals("--home needs a folder, not an empty path (e.g. --home ~/distlab)", e.getMessage());
    }
}
