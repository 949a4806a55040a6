package distlab.engine.command;


import distlab.lecture.Course;
import distlab.lecture.Lecture;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;

/** {@code prev}: the previous lecture. */
final class PrevCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("prev")
            .describe("Open the previous lecture of the course.")
            .example("prev")
            .readOnly()
            .body(new PrevCommand());

    @Override
    void run(Invocation in) {
        Course course = in.session().course();
        Lecture open = in.session().currentLecture().orElseThrow(() -> new LabException("no lecture open: lecture 1.1"));
        Lecture prev = course.previous(open).orElseThrow(() -> new LabException("this is the first lecture"));
        LectureCommand.open(in, prev);
    }
}
