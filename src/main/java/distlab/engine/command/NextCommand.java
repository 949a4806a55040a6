package distlab.engine.command;


import distlab.lecture.Course;
import distlab.lecture.Lecture;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;

/** {@code next}: the next lecture. */
final class NextCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("next")
            .describe("Open the next lecture of the course (the first, if none is open).")
            .example("next")
            .readOnly()
            .body(new NextCommand());

    @Override
    void run(Invocation in) {
        Course course = in.session().course();
        Lecture next = in.session().currentLecture()
                .map(l -> course.next(l).orElseThrow(() -> new LabException("this is the last lecture (lectures for the list)")))
                .orElse(course.all().get(0));
        LectureCommand.open(in, next);
    }
}
