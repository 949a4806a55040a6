package distlab.engine.command;

import static distlab.protocol.command.WordKind.TEXT;

import distlab.lecture.Lecture;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import java.nio.file.Path;

/** {@code note TEXT}: a line in the open lecture's section of the notes. */
final class NoteCommand extends KernelCommand {
    static final int MAX_TEXT = 2000;

    static final CommandSpec SPEC = CommandSpec.named("note")
            .describe("Add TEXT to your notes, under the open lecture in notes/section_N_*.md (the lab only adds lines).")
            .word("TEXT", TEXT, Arity.MANY)
            .example("note vector clocks grow with the number of nodes")
            .readOnly()
            .body(new NoteCommand());

    @Override
    void run(Invocation in) {
        String text = Texts.oneLine(in.rest(), MAX_TEXT);
        Lecture lecture = in.session().currentLecture()
                .orElseThrow(() -> new LabException("no lecture open to file the note under: open one first (e.g. lecture 4.1)"));
        Path file = NotesAccess.with(in, text, store -> store.addNote(lecture, text));
        in.println("noted under " + lecture.id() + " in " + file);
    }
}
