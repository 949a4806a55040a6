package distlab.engine.command;

import distlab.lecture.NotesStore;
import distlab.sim.LabException;
import java.io.IOException;
import java.util.Set;

/** Runs a notes operation, turning file errors into one line that keeps the user's text. */
final class NotesAccess {
    private NotesAccess() {}

    interface Operation<T> {
        T apply(NotesStore store) throws IOException;
    }

    /** The store reports its own problems as one line that keeps the user's text (docs/limits.md, notes). */
    static <T> T with(Invocation in, String keep, Operation<T> op) {
        NotesStore store = in.session().notes();
        try {
            return op.apply(store);
        } catch (IOException e) {
            throw new LabException("could not use " + store.notesDir() + ": " + e.getMessage()
                    + (keep == null ? "" : "; nothing was changed, your text was: " + keep));
        }
    }

    static Set<String> doneOrEmpty(Invocation in) {
        try {
            return in.session().notes().done();
        } catch (IOException | LabException e) {
            return Set.of();
        }
    }
}
