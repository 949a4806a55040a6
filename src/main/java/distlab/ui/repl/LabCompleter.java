package distlab.ui.repl;

import distlab.ui.Completion;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** JLine's side of {@link Completion}: the REPL completes exactly as the terminal UI does. */
final class LabCompleter implements Completer {
    private final Completion completion;

    LabCompleter(Completion completion) {
        this.completion = completion;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String upToCursor = line.line().substring(0, Math.min(line.cursor(), line.line().length()));
        for (String c : completion.complete(upToCursor).candidates()) {
            // A path head (n1.) or a setting (loss=) goes on; anything else ends the word.
            boolean whole = !(c.endsWith(".") || c.endsWith("="));
            candidates.add(new Candidate(c, c, null, null, null, null, whole));
        }
    }
}
