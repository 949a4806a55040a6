package distlab.engine.command;

import static distlab.protocol.command.WordKind.LECTURE;

import distlab.lecture.Lecture;
import distlab.lecture.TryItBlocks;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.view.markdown.MarkdownRenderer;

/** {@code lecture [ID]}: open a lecture. */
final class LectureCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("lecture")
            .describe("Open a lecture (e.g. 4.1, or a word of its title such as raft); without ID, show the open one.",
                    "Its text appears in the lecture pane (the terminal UI) or here (script mode, --plain).")
            .word("ID", LECTURE, Arity.OPTIONAL)
            .example("lecture 4.1", "lecture raft")
            .readOnly()
            .body(new LectureCommand());

    @Override
    void run(Invocation in) {
        String id = in.word("ID");
        Lecture lecture = id == null
                ? in.session().currentLecture().orElseThrow(() -> new LabException("no lecture open: lecture 1.1 (or lectures for the list)"))
                : in.session().course().require(id);
        open(in, lecture);
    }

    /** Opens the lecture and prints its text or a one-line header. Shared with next/prev. */
    static void open(Invocation in, Lecture lecture) {
        in.session().openLecture(lecture);
        if (in.session().lectureTextInOutput()) {
            in.lines(MarkdownRenderer.plain(lecture.markdown(), 80));
            in.println("");
        }
        int blocks = TryItBlocks.extract(lecture.markdown()).size();
        in.println("lecture " + lecture.id() + " " + lecture.title() + " (" + blocks + " Try it block" + (blocks == 1 ? "" : "s")
                + "; next, prev, note TEXT, done)");
    }
}
