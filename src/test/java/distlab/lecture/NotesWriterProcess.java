package distlab.lecture;

import java.nio.file.Path;

/**
 * A second lab writing notes, for {@link NotesConcurrencyTest}: adds questions PREFIX-0,
 * PREFIX-1, ... to the home's notes, COUNT of them (0: until killed), and prints
 * {@code ack N} once question N is saved, the way a lab acknowledges a command.
 */
public final class NotesWriterProcess {
    private NotesWriterProcess() {}

    public static void main(String[] args) throws Exception {
        NotesStore store = new NotesStore(new LabHome(Path.of(args[0])), Course.load());
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        System.out.println("started");
        System.out.flush();
        for (int i = 0; count == 0 || i < count; i++) {
            store.addQuestion(null, prefix + "-" + i);
            System.out.println("ack " + i);
            System.out.flush();
        }
    }
}
