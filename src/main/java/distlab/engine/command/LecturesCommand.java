package distlab.engine.command;


import distlab.lecture.Course;
import distlab.lecture.Lecture;
import distlab.protocol.command.CommandSpec;
import java.util.Set;

/** {@code lectures}: the course by section, ticked when done. */
final class LecturesCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("lectures")
            .describe("The course: every lecture by section, ticked when done (done ID).")
            .example("lectures")
            .readOnly()
            .body(new LecturesCommand());

    @Override
    void run(Invocation in) {
        Set<String> done = NotesAccess.doneOrEmpty(in);
        String open = in.session().currentLecture().map(Lecture::id).orElse("");
        int section = -1;
        for (Lecture l : in.session().course().all()) {
            if (l.section() != section) {
                section = l.section();
                in.println(section + " " + Course.SECTIONS.get(section));
            }
            String tick = done.contains(l.id()) ? "[x]" : "[ ]";
            in.println("  " + tick + " " + l.id() + " " + l.title() + (l.id().equals(open) ? "   <- open" : ""));
        }
        in.println(done.size() + " of " + in.session().course().all().size() + " done. Open one with: lecture 4.1");
    }
}
