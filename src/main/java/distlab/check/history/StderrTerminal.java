package distlab.check.history;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether this process's standard error is a terminal. Java cannot ask isatty(2); on Linux the
 * file descriptor's link names a /dev/pts or /dev/tty device when it is one. Anywhere else, or if
 * the link cannot be read, the answer is no: progress is then simply not shown.
 */
public final class StderrTerminal {
    private StderrTerminal() {}

    public static boolean isTerminal() {
        try {
            String target = Path.of("/proc/self/fd/2").toRealPath().toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }
}
