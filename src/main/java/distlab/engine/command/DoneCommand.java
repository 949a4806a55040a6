package distlab.engine.command;

import distlab.lecture.Lecture;
import distlab.sim.LabException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "done", customSynopsis = "done [ID]",
        description = "Tick a lecture (default: the open one) in notes/progress.md. Doing it twice changes nothing.",
        footer = "example: done 4.1")
final class DoneCommand implements LabCommand {
    @Parameters(arity = "0..1", paramLabel = "ID")
    String id;

    @Override
    public void run(Invocation in) {
        Lecture lecture = id != null ? in.session().course().require(id)
                : in.session().currentLecture().orElseThrow(() -> new LabException("no lecture open: done ID (e.g. done 4.1)"));
        boolean ticked = NotesAccess.with(in, null, store -> store.markDone(lecture));
        in.println(ticked ? "done " + lecture.id() + " " + lecture.title() : lecture.id() + " was already done");
    }
}
