package distlab.engine.command;

import distlab.lecture.Course;
import distlab.lecture.Lecture;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

@Command(name = "progress", customSynopsis = "progress",
        description = "How far you are through the course, by section (from notes/progress.md).",
        footer = "example: progress")
final class ProgressCommand implements LabCommand {
    @Override
    public void run(Invocation in) {
        Set<String> done = NotesAccess.with(in, null, store -> store.done());
        List<Lecture> all = in.session().course().all();
        for (int s = 0; s < Course.SECTIONS.size(); s++) {
            int section = s;
            List<Lecture> lectures = all.stream().filter(l -> l.section() == section).toList();
            long n = lectures.stream().filter(l -> done.contains(l.id())).count();
            String bar = "#".repeat((int) n) + ".".repeat(lectures.size() - (int) n);
            in.println(String.format(java.util.Locale.ROOT, "%d %-38s %s %d/%d", s, Course.SECTIONS.get(s), bar, n, lectures.size()));
        }
        in.println(done.size() + " of " + all.size() + " lectures done (" + in.session().notes().progressFile() + ")");
    }
}
