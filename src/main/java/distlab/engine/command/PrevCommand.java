package distlab.engine.command;

import distlab.lecture.Lecture;
import distlab.sim.LabException;
import picocli.CommandLine.Command;

@Command(name = "prev", customSynopsis = "prev",
        description = "Open the previous lecture of the course.",
        footer = "example: prev")
final class PrevCommand implements LabCommand {
    @Override
    public void run(Invocation in) {
        var course = in.session().course();
        Lecture open = in.session().currentLecture().orElseThrow(() -> new LabException("no lecture open: lecture 1.1"));
        Lecture prev = course.previous(open).orElseThrow(() -> new LabException("this is the first lecture"));
        LectureCommand.open(in, prev);
    }
}
