package distlab.lecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * boxes); it never changes a line the user wrote, and every write is atomic.
 */
public final class NotesStore {
    private static final Pattern BOX = Pattern.compile("^- \\[([ xX])\\] (\\d\\.\\d)\\b.*");

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
        List<String> lines = readOr(file, sectionTemplate(lecture.section()));
        String heading = "## " + lecture.id() + " " + lecture.title();
        int at = headingIndex(lines, lecture.id());
        if (at < 0) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) lines.add("");
            lines.add(heading);
            lines.add("");
            lines.add("- " + text);
        } else {
            int end = at + 1;
            while (end < lines.size() && !lines.get(end).startsWith("## ")) end++;
            int last = end - 1;
            while (last > at && lines.get(last).isBlank()) last--;
            if (last == at) lines.add(++last, "");
            lines.add(last + 1, "- " + text);
        }
        save(file, lines);
        return file;
    }

    /** Appends a question, tagged with the lecture it arose in (if any). */
    public Path addQuestion(Lecture lecture, String text) throws IOException {
        Path file = questionsFile();
        List<String> lines = readOr(file, List.of("# Questions", "",
                "Questions to ask or look up. Tick one when answered; add the answer under it.", ""));
        lines.add("- [ ] " + (lecture == null ? "" : lecture.id() + ": ") + text);
        save(file, lines);
        return file;
    }

    /** Ticks the lecture's box in progress.md; false if it was already ticked. */
    public boolean markDone(Lecture lecture) throws IOException {
        Path file = progressFile();
        List<String> lines = readOr(file, progressTemplate());
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = BOX.matcher(lines.get(i));
            if (m.matches() && m.group(2).equals(lecture.id())) {
                if (!m.group(1).equals(" ")) return false;
                lines.set(i, lines.get(i).replaceFirst("\\[ \\]", "[x]"));
                save(file, lines);
                return true;
            }
        }
        lines.add("- [x] " + lecture.id() + " " + lecture.title());
        save(file, lines);
        return true;
    }

    /** Ids of the lectures ticked in progress.md (none if it does not exist yet). */
    public Set<String> done() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        if (!Files.exists(progressFile())) return out;
        for (String line : Files.readAllLines(progressFile(), StandardCharsets.UTF_8)) {
            Matcher m = BOX.matcher(line);
            if (m.matches() && !m.group(1).equals(" ")) out.add(m.group(2));
        }
        return out;
    }

    /** Creates the notes folder's files that are missing; never touches existing ones. */
    public void ensureLayout() throws IOException {
        createIfMissing(notesDir().resolve("README.md"), readmeTemplate());
        createIfMissing(questionsFile(), List.of("# Questions", "",
                "Questions to ask or look up. Tick one when answered; add the answer under it.", ""));
        createIfMissing(progressFile(), progressTemplate());
        for (int s = 0; s < Course.SECTIONS.size(); s++) createIfMissing(sectionFile(s), sectionTemplate(s));
    }

    private void createIfMissing(Path file, List<String> lines) throws IOException {
        if (!Files.exists(file)) save(file, lines);
    }

    private static int headingIndex(List<String> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## " + id + " ") || lines.get(i).equals("## " + id)) return i;
        }
        return -1;
    }

    private List<String> readOr(Path file, List<String> template) throws IOException {
        if (!Files.exists(file)) return new ArrayList<>(template);
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private void save(Path file, List<String> lines) throws IOException {
        AtomicFile.write(file, String.join("\n", lines) + "\n", writer);
    }

    private List<String> sectionTemplate(int section) {
        List<String> lines = new ArrayList<>(List.of("# Section " + section + ": " + Course.SECTIONS.get(section), "",
                "Your notes on this section's lectures. `note TEXT` in the lab adds a line under the open lecture;",
                "write anywhere you like — the lab only ever adds lines.", ""));
        for (Lecture l : course.all()) {
            if (l.section() == section) {
                lines.add("## " + l.id() + " " + l.title());
                lines.add("");
            }
        }
        return lines;
    }

    private List<String> progressTemplate() {
        List<String> lines = new ArrayList<>(List.of("# Progress", "",
                "The course's checklist. `done 4.1` in the lab ticks a box; you may tick them by hand too.", ""));
        for (int s = 0; s < Course.SECTIONS.size(); s++) {
            lines.add("## " + s + " " + Course.SECTIONS.get(s));
            for (Lecture l : course.all()) {
                if (l.section() == s) lines.add("- [ ] " + l.id() + " " + l.title());
            }
            lines.add("");
        }
        return lines;
    }

    private static List<String> readmeTemplate() {
        return List.of("# Notes", "",
                "Your own notes on the course, kept as plain markdown so you can read and edit them anywhere.", "",
                "- `section_N_*.md` — one file per section of the course. In the lab, `note TEXT` adds a line",
                "  under the lecture you have open (`lecture 4.1`).",
                "- `questions.md` — `question TEXT` adds a question to come back to.",
                "- `progress.md` — the course's checklist; `done 4.1` ticks a lecture, `progress` shows it.", "",
                "The lab only adds lines: it never changes or removes what you wrote, and it writes each file",
                "atomically (a crash mid-write leaves the old file whole).", "");
    }
}
