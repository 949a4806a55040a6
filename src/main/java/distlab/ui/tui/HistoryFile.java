package distlab.ui.tui;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The command history the line REPL ({@code --plain}) keeps in {@code .lab_history} in the
 * lab's home, shared with the terminal UI: read at start, and this session's lines added at
 * the end when it quits. The format is JLine's: one line per entry, {@code MILLIS:LINE},
 * with backslash, newline and carriage return escaped. Appending (under a file lock, in one
 * write) never rewrites what is there.
 */
final class HistoryFile {
    /** Reading stops after this many bytes from the end: the history is a convenience. */
    static final int MAX_READ_BYTES = 1 << 20;

    private final Path file;
    private final List<String> added = new ArrayList<>();

    HistoryFile(Path file) {
        this.file = file;
    }

    /** The newest {@code max} entries, oldest first; none if the file cannot be read. */
    List<String> load(int max) {
        List<String> out = new ArrayList<>();
        try {
            if (file == null || !Files.isRegularFile(file)) return out;
            byte[] bytes = Files.readAllBytes(file);
            int from = Math.max(0, bytes.length - MAX_READ_BYTES);
            String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            for (int i = from == 0 ? 0 : 1; i < lines.size(); i++) {
                String entry = unescape(lines.get(i));
                if (!entry.isBlank() && entry.indexOf('\n') < 0) out.add(entry);
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return new ArrayList<>(out.subList(Math.max(0, out.size() - max), out.size()));
    }

    /** Remembers a line of this session, to be appended by {@link #save}. */
    void add(String line) {
        added.add(line);
    }

    int added() {
        return added.size();
    }

    /** Appends this session's lines; returns an error message, or null. */
    String save(long nowMillis) {
        if (file == null || added.isEmpty()) return null;
        StringBuilder b = new StringBuilder();
        for (String line : added) b.append(nowMillis).append(':').append(escape(line)).append('\n');
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                 FileLock lock = ch.lock()) {
                ByteBuffer buf = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) ch.write(buf);
            }
            added.clear();
            return null;
        } catch (IOException | RuntimeException e) {
            return "could not add to the history in " + file + ": " + e.getMessage();
        }
    }

    /** JLine's entry: {@code MILLIS:LINE} (or a bare line), escapes undone. */
    static String unescape(String raw) {
        int colon = raw.indexOf(':');
        String line = colon > 0 && raw.substring(0, colon).chars().allMatch(Character::isDigit) ? raw.substring(colon + 1) : raw;
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String escape(String line) {
        return line.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
