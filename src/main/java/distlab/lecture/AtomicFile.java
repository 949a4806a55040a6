package distlab.lecture;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Changes a file so that no writer's words are lost and readers see the old text or the
 * new, never half: read-modify-write under an OS lock (so two labs on one home take turns),
 * the new text in a temporary file of its own beside the target, flushed to disk, compared
 * before it replaces the old (a writer outside the lock, such as an editor, is noticed, and
 * the change is made again on its text), renamed over it, and the folder flushed too, so the
 * rename survives a crash. A symlink is written through (its target changes, the link
 * stays); the file's permissions are kept; a read-only file is refused, not replaced.
 */
public final class AtomicFile {
    /** Writes the content; a test can substitute one that fails part-way. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(Writer out, String content) throws IOException;
    }

    public static final ContentWriter PLAIN = Writer::write;

    /** A change to a file's text: given its text (null if it does not exist), the new text, or null to leave it. */
    @FunctionalInterface
    public interface Change {
        String apply(String current);
    }

    /** A file the lab may not change as asked: the message says what is wrong with it and how to fix it ("is read-only: ..."). */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** The sidecar file whose OS lock every writer of a folder's files holds. */
    public static final String LOCK_FILE = ".distlab.lock";
    private static final int ATTEMPTS = 5;
    private static final int LOCK_WAITS = 200;
    private static final int LOCK_WAIT_MILLIS = 50;
    private static final int MAX_SYMLINKS = 40;
    /**
     * OS file locks belong to a whole process, so writers in one process (threads) also take
     * turns here, per lock file. Shared by all of them on purpose: that is its job.
     */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final AtomicLong TEMP_NUMBER = new AtomicLong();

    private AtomicFile() {}

    /**
     * Applies the change to the file's current text under the lock, and saves the result
     * if it differs. Returns whether the file was written.
     */
    public static boolean update(Path file, Change change, ContentWriter writer) throws IOException {
        Path target = throughSymlinks(file);
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new Refused("cannot be saved: " + e.getFile() + " is a file, not a folder: move it away");
        }
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(folder.resolve(LOCK_FILE), p -> new ReentrantLock());
        threads.lock();
        try (FileChannel lockFile = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = waitForLock(lockFile, target)) {
            removeLeftoverTemps(target);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                byte[] before = readIfExists(target);
                if (before != null) refuseIfReadOnly(target);
                String next = change.apply(before == null ? null : decode(before, target));
                if (next == null) return false;
                if (replace(target, before, next, writer)) return true;
            }
            throw new Refused("kept changing while the lab saved it (is an editor saving it?): try again");
        } finally {
            threads.unlock();
        }
    }

    /** The OS lock; another lab holds it only for a moment, so waiting longer means it is stuck. */
    private static FileLock waitForLock(FileChannel lockFile, Path target) throws IOException {
        for (int wait = 0; wait < LOCK_WAITS; wait++) {
            FileLock lock = lockFile.tryLock();
            if (lock != null) return lock;
            try {
                Thread.sleep(LOCK_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new Refused("is locked by another program (" + target.getParent().resolve(LOCK_FILE) + ", for "
                + LOCK_WAITS * LOCK_WAIT_MILLIS / 1000 + "s now): try again when it is done");
    }

    /** The file's text, strictly UTF-8, or null if it does not exist; reads take no lock (renames are atomic). */
    public static String read(Path file) throws IOException {
        byte[] bytes = readIfExists(file);
        return bytes == null ? null : decode(bytes, file);
    }

    /**
     * Writes {@code next} beside the target and renames it over the target, unless the
     * target no longer holds {@code before} (someone outside the lock wrote it): then false.
     */
    private static boolean replace(Path target, byte[] before, String next, ContentWriter writer) throws IOException {
        Path temp = newTemp(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                writer.write(out, next);
                out.flush();
                channel.force(true);
            }
            if (before != null) copyPermissions(target, temp);
            if (!Arrays.equals(before, readIfExists(target))) return false;
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            flushFolder(target.toAbsolutePath().getParent());
            return true;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new, empty temporary file beside the target with a name no other writer uses. */
    private static Path newTemp(Path target) throws IOException {
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path temp = target.resolveSibling(tempPrefix(target) + pid + "-" + TEMP_NUMBER.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // Left by a process that had our pid once: take the next number.
            }
        }
    }

    private static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Temporary files exist only while their writer holds the lock, so any found now were left by a killed writer. */
    private static void removeLeftoverTemps(Path target) throws IOException {
        String prefix = tempPrefix(target);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(target.toAbsolutePath().getParent())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".tmp")) Files.deleteIfExists(file);
            }
        }
    }

    /** Where writing to {@code file} lands: the file, or the end of its chain of symlinks. */
    static Path throughSymlinks(Path file) throws IOException {
        Path p = file.toAbsolutePath();
        for (int i = 0; i < MAX_SYMLINKS && Files.isSymbolicLink(p); i++) {
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        if (Files.isSymbolicLink(p)) throw new Refused("is a loop of symlinks: replace it with a file");
        if (Files.isDirectory(p)) throw new Refused("is a folder, not a file: move it away");
        return p;
    }

    private static byte[] readIfExists(Path file) throws IOException {
        if (!Files.exists(file)) return null;
        return Files.readAllBytes(file);
    }

    /** Strict UTF-8: a file that is not is never rewritten (its bytes would be lost). */
    private static String decode(byte[] bytes, Path file) throws Refused {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) result = utf8.flush(out);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
            throw new Refused(String.format(java.util.Locale.ROOT, "is not valid UTF-8 (byte 0x%02x at line %d): fix or move it",
                    bytes[at] & 0xFF, line));
        }
        return out.flip().toString();
    }

    /**
     * A file without its owner's write permission is one the user protected: refuse it,
     * whoever runs the lab (root may write anything, but should not here).
     */
    private static void refuseIfReadOnly(Path file) throws Refused {
        boolean readOnly;
        try {
            readOnly = !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            readOnly = !Files.isWritable(file);
        }
        if (readOnly) {
            throw new Refused("is read-only: make it writable (chmod u+w " + file + ") to add to it");
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS);
            Files.setPosixFilePermissions(to, permissions);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the new file has the folder's defaults.
        }
    }

    /** Makes the rename itself durable; where a folder cannot be flushed, the rename is still atomic. */
    private static void flushFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // Some systems cannot open a folder for flushing.
        }
    }
}
