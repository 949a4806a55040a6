package distlab.engine.command;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "question", customSynopsis = "question TEXT",
        description = "Add a question to notes/questions.md, tagged with the open lecture.",
        footer = "example: question why does Raft only commit entries of its own term?")
final class QuestionCommand implements LabCommand {
    @Parameters(arity = "1..*", paramLabel = "TEXT")
    List<String> words;

    @Override
    public void run(Invocation in) {
        String text = Texts.oneLine(in.rawArgs(), NoteCommand.MAX_TEXT);
        Path file = NotesAccess.with(in, text, store -> store.addQuestion(in.session().currentLecture().orElse(null), text));
        in.println("question added to " + file);
    }
}
