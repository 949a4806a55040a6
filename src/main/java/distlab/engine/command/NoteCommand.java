package distlab.engine.command;

import distlab.lecture.Lecture;
import distlab.sim.LabException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "note", customSynopsis = "note TEXT",
        description = "Add TEXT to your notes, under the open lecture in notes/section_N_*.md (the lab only adds lines).",
        footer = "example: note vector clocks grow with the number of nodes")
final class NoteCommand implements LabCommand {
    static final int MAX_TEXT = 2000;

    @Parameters(arity = "1..*", paramLabel = "TEXT")
    List<String> words;

    @Override
    public void run(Invocation in) {
        String text = Texts.oneLine(in.rawArgs(), MAX_TEXT);
        Lecture lecture = in.session().currentLecture()
                .orElseThrow(() -> new LabException("no lecture open to file the note under: open one first (e.g. lecture 4.1)"));
        Path file = NotesAccess.with(in, text, store -> store.addNote(lecture, text));
        in.println("noted under " + lecture.id() + " in " + file);
    }
}
