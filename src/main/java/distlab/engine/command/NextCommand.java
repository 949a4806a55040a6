package distlab.engine.command;

import distlab.lecture.Lecture;
import distlab.sim.LabException;
import picocli.CommandLine.Command;

@Command(name = "next", customSynopsis = "next",
        description = "Open the next lecture of the course (the first, if none is open).",
        footer = "example: next")
final class NextCommand implements LabCommand {
    @Override
    public void run(Invocation in) {
        var course = in.session().course();
        Lecture next = in.session().currentLecture()
                .map(l -> course.next(l).orElseThrow(() -> new LabException("this is the last lecture (lectures for the list)")))
                .orElse(course.all().get(0));
        LectureCommand.open(in, next);
    }
}
