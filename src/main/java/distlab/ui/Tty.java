package distlab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether one of the process's standard streams is a terminal. Java cannot ask isatty()
 * directly (System.console() only answers for stdin and stdout together), but on Linux
 * /proc/self/fd/N names what the descriptor is open on: a terminal is /dev/pts/N or
 * /dev/ttyX. Elsewhere the answer is no, which only turns off progress lines.
 */
public final class Tty {
    public static final int STDIN = 0, STDOUT = 1, STDERR = 2;

    private Tty() {}

    public static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
