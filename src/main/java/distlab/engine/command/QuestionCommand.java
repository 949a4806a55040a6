package distlab.engine.command;

import static distlab.protocol.command.WordKind.TEXT;

import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import java.nio.file.Path;

/** {@code question TEXT}: a question in notes/questions.md. */
final class QuestionCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("question")
            .describe("Add a question to notes/questions.md, tagged with the open lecture.")
            .word("TEXT", TEXT, Arity.MANY)
            .example("question why does Raft only commit entries of its own term?")
            .readOnly()
            .body(new QuestionCommand());

    @Override
    void run(Invocation in) {
        String text = Texts.oneLine(in.rest(), NoteCommand.MAX_TEXT);
        Path file = NotesAccess.with(in, text, store -> store.addQuestion(in.session().currentLecture().orElse(null), text));
        in.println("question added to " + file);
    }
}
