package distlab.engine.command;

import distlab.lecture.Lecture;
import distlab.lecture.TryItBlocks;
import distlab.view.markdown.MarkdownRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "lecture", customSynopsis = "lecture [ID]",
        description = {"Open a lecture (e.g. 4.1, or a word of its title such as raft); without ID, show the open one.",
                "Its text appears in the lecture pane (the terminal UI) or here (script mode, --plain)."},
        footer = {"examples: lecture 4.1", "          lecture raft"})
final class LectureCommand implements LabCommand {
    @Parameters(arity = "0..1", paramLabel = "ID")
    String id;

    @Override
    public void run(Invocation in) {
        Lecture lecture = id == null
                ? in.session().currentLecture().orElseThrow(() -> new distlab.sim.LabException("no lecture open: lecture 1.1 (or lectures for the list)"))
                : in.session().course().require(id);
        open(in, lecture);
    }

    /** Opens the lecture and prints its text or a one-line header. Shared with next/prev. */
    static void open(Invocation in, Lecture lecture) {
        in.session().openLecture(lecture);
        if (in.session().lectureTextInOutput()) {
            in.out().lines(MarkdownRenderer.plain(lecture.markdown(), 80));
            in.println("");
        }
        int blocks = TryItBlocks.extract(lecture.markdown()).size();
        in.println("lecture " + lecture.id() + " " + lecture.title() + " (" + blocks + " Try it block" + (blocks == 1 ? "" : "s")
                + "; next, prev, note TEXT, done)");
    }
}
