package distlab.lecture;

import distlab.sim.LabException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner's notes, questions and progress: markdown files under {@code notes/} in the
 * lab's home, in the course's layout. The lab only adds lines (and ticks its own checklist
 * boxes); it never changes a line the user wrote. Every write goes through {@link
 * AtomicFile} (a lock, then an atomic replace), so two labs on one home never lose each
 * other's lines. Reads create nothing; the first write creates the layout. Every failure is
 * one {@link LabException} line that says what is wrong, how to fix it, and what the user
 * asked to add.
 */
public final class NotesStore {
    /** A checklist line: {@code - [ ] 4.2 Title}, with any list marker ({@code -}, {@code *}, {@code +}). */
    private static final Pattern BOX = Pattern.compile("^\\s*[-*+] \\[([ xX])\\] (\\d+\\.\\d+)(\\s.*)?$");

    private final LabHome home;
    private final Course course;
    private final AtomicFile.ContentWriter writer;

    public NotesStore(LabHome home, Course course) {
        this(home, course, AtomicFile.PLAIN);
    }

    /** With a writer that a test can make fail part-way. */
    public NotesStore(LabHome home, Course course, AtomicFile.ContentWriter writer) {
        this.home = home;
        this.course = course;
        this.writer = writer;
    }

    public Path notesDir() {
        return home.notes();
    }

    /** The section file a lecture's notes go to, e.g. notes/section_4_broadcast_protocols_and_logical_time.md. */
    public Path sectionFile(int section) {
        String slug = Course.SECTIONS.get(section).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("_$", "");
        return notesDir().resolve("section_" + section + "_" + slug + ".md");
    }

    public Path questionsFile() { return notesDir().resolve("questions.md"); }

    public Path progressFile() { return notesDir().resolve("progress.md"); }

    /** Files the note under the lecture's heading in its section file; returns the file. */
    public Path addNote(Lecture lecture, String text) throws IOException {
        Path file = sectionFile(lecture.section());
        String heading = "## " + lecture.id() + " " + lecture.title();
        write(file, NotesTemplates.section(course, lecture.section()), text, t -> {
            int at = headingIndex(t, lecture.id());
            if (at < 0) {
                List<String> added = new ArrayList<>();
                if (t.size() > 0 && !t.line(t.size() - 1).isBlank()) added.add("");
                added.addAll(List.of(heading, "", "- " + text));
                return t.append(added);
            }
            int end = at + 1;
            while (end < t.size() && !t.line(end).startsWith("## ")) end++;
            int last = end - 1;
            while (last > at && t.line(last).isBlank()) last--;
            return t.insertAfter(last, last == at ? List.of("", "- " + text) : List.of("- " + text));
        });
        return file;
    }

    /** Appends a question, tagged with the lecture it arose in (if any); returns the file. */
    public Path addQuestion(Lecture lecture, String text) throws IOException {
        Path file = questionsFile();
        String line = "- [ ] " + (lecture == null ? "" : lecture.id() + ": ") + text;
        write(file, NotesTemplates.questions(), text, t -> t.append(List.of(line)));
        return file;
    }

    /** Ticks the lecture's box in progress.md; false if it was already ticked. */
    public boolean markDone(Lecture lecture) throws IOException {
        boolean[] ticked = {false};
        write(progressFile(), NotesTemplates.progress(course), null, t -> {
            for (int i = 0; i < t.size(); i++) {
                Matcher m = BOX.matcher(t.line(i));
                if (m.matches() && m.group(2).equals(lecture.id())) {
                    if (!m.group(1).equals(" ")) return null;
                    ticked[0] = true;
                    return t.replaceChar(i, m.start(1), 'x');
                }
            }
            ticked[0] = true;
            return t.append(List.of("- [x] " + lecture.id() + " " + lecture.title()));
        });
        return ticked[0];
    }

    /**
     * Ids of the lectures ticked in progress.md (none if it does not exist yet). Creates
     * nothing. Problems are LabExceptions; IOException stays declared for existing callers.
     */
    public Set<String> done() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        String text;
        try {
            text = AtomicFile.read(progressFile());
        } catch (IOException e) {
            throw new LabException(problem("could not read", progressFile(), e));
        }
        if (text == null) return out;
        LineText t = new LineText(text);
        for (int i = 0; i < t.size(); i++) {
            Matcher m = BOX.matcher(t.line(i));
            if (m.matches() && !m.group(1).equals(" ")) out.add(m.group(2));
        }
        return out;
    }

    /**
     * Kept for callers that ask for the layout before every notes command; the layout is now
     * created by the first write (so that reads create nothing), and this does nothing.
     */
    public void ensureLayout() {
        // The first write creates the layout: see write().
    }

    private interface Edit {
        String apply(LineText current);
    }

    /** Creates the layout's missing files, then applies the edit to the file (a template when it is new). */
    private void write(Path file, List<String> template, String usersText, Edit edit) {
        try {
            createMissing(notesDir().resolve("README.md"), NotesTemplates.readme());
            createMissing(questionsFile(), NotesTemplates.questions());
            createMissing(progressFile(), NotesTemplates.progress(course));
            for (int s = 0; s < Course.SECTIONS.size(); s++) createMissing(sectionFile(s), NotesTemplates.section(course, s));
            AtomicFile.update(file, current -> edit.apply(current == null ? LineText.of(template) : new LineText(current)), writer);
        } catch (IOException e) {
            throw new LabException(problem("could not save", file, e) + "; nothing was changed"
                    + (usersText == null ? "" : ", your text was: " + usersText));
        }
    }

    private void createMissing(Path file, List<String> template) throws IOException {
        String text = String.join("\n", template) + "\n";
        AtomicFile.update(file, current -> current == null ? text : null, writer);
    }

    /** One line: what is wrong with the file and how to fix it. */
    private String problem(String doing, Path file, IOException e) {
        String shown = shown(file);
        if (e instanceof AtomicFile.Refused) return shown + " " + e.getMessage();
        if (e instanceof AccessDeniedException denied) {
            return doing + " " + shown + ": permission denied" + (denied.getFile() == null ? "" : " (" + denied.getFile() + ")");
        }
        if (e instanceof NoSuchFileException missing) return doing + " " + shown + ": " + missing.getFile() + " vanished while saving";
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return doing + " " + shown + ": " + fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
        }
        return doing + " " + shown + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** notes/questions.md when the file is in the lab's home, else the whole path. */
    private String shown(Path file) {
        Path dir = home.dir().toAbsolutePath();
        Path abs = file.toAbsolutePath();
        return abs.startsWith(dir) ? dir.relativize(abs).toString() : abs.toString();
    }

    private static int headingIndex(LineText t, String id) {
        for (int i = 0; i < t.size(); i++) {
            String line = t.line(i);
            if (line.startsWith("## " + id + " ") || line.equals("## " + id)) return i;
        }
        return -1;
    }
}
