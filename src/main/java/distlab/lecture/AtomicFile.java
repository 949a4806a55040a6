package distlab.lecture;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see the old content or the new, never half of it: the new
 * text goes to a temporary file beside it, is flushed to disk, then renamed over the old.
 */
public final class AtomicFile {
    /** Writes the content; a test can substitute one that fails part-way. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(Writer out, String content) throws IOException;
    }

    public static final ContentWriter PLAIN = Writer::write;

    private AtomicFile() {}

    public static void write(Path file, String content) throws IOException {
        write(file, content, PLAIN);
    }

    public static void write(Path file, String content, ContentWriter writer) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE);
                 Writer out = java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                writer.write(out, content);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
