package distlab.engine.command;

import distlab.lecture.AtomicFile;
import distlab.sim.LabException;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where save and export write: atomically and under the lab's lock ({@link AtomicFile}), and never
 * over a file that exists unless the user says {@code --force}. Errors are one line with the fix.
 */
final class FileOutput {
    private FileOutput() {}

    static Path path(String word) {
        try {
            return Path.of(word);
        } catch (InvalidPathException e) {
            throw new LabException("'" + WordParser.cut(word) + "' is not a file name here: " + e.getReason());
        }
    }

    /** Writes the text; returns how many bytes (UTF-8) were written. */
    static long write(Path file, String text, boolean force) {
        try {
            AtomicFile.update(file, current -> {
                if (current != null && !force) throw new Exists();
                return text;
            }, AtomicFile.PLAIN);
        } catch (Exists e) {
            throw new LabException(file + " exists: add --force to replace it, or choose another name");
        } catch (IOException e) {
            throw new LabException("cannot write " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** The file exists and the user did not say --force. */
    private static final class Exists extends RuntimeException {
        Exists() {
            super(null, null, false, false);
        }
    }
}
