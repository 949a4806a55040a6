package distlab.engine.command;

import static distlab.protocol.command.WordKind.LECTURE;

import distlab.lecture.Lecture;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;

/** {@code done [ID]}: ticks a lecture in notes/progress.md. */
final class DoneCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("done")
            .describe("Tick a lecture (default: the open one) in notes/progress.md. Doing it twice changes nothing.")
            .word("ID", LECTURE, Arity.OPTIONAL)
            .example("done 4.1")
            .body(new DoneCommand());

    @Override
    void run(Invocation in) {
        String id = in.word("ID");
        Lecture lecture = id != null ? in.session().course().require(id)
                : in.session().currentLecture().orElseThrow(() -> new LabException("no lecture open: done ID (e.g. done 4.1)"));
        boolean ticked = NotesAccess.with(in, null, store -> store.markDone(lecture));
        in.println(ticked ? "done " + lecture.id() + " " + lecture.title() : lecture.id() + " was already done");
    }
}
