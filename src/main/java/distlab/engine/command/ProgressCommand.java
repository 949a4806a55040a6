package distlab.engine.command;


import distlab.lecture.Course;
import distlab.lecture.Lecture;
import distlab.protocol.command.CommandSpec;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code progress}: how far through the course, by section. */
final class ProgressCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("progress")
            .describe("How far you are through the course, by section (from notes/progress.md).")
            .example("progress")
            .readOnly()
            .body(new ProgressCommand());

    @Override
    void run(Invocation in) {
        Set<String> done = NotesAccess.with(in, null, store -> store.done());
        List<Lecture> all = in.session().course().all();
        for (int s = 0; s < Course.SECTIONS.size(); s++) {
            int section = s;
            List<Lecture> lectures = all.stream().filter(l -> l.section() == section).toList();
            long n = lectures.stream().filter(l -> done.contains(l.id())).count();
            String bar = "#".repeat((int) n) + ".".repeat(lectures.size() - (int) n);
            in.println(String.format(Locale.ROOT, "%d %-38s %s %d/%d", s, Course.SECTIONS.get(s), bar, n, lectures.size()));
        }
        in.println(done.size() + " of " + all.size() + " lectures done (" + in.session().notes().progressFile() + ")");
    }
}
