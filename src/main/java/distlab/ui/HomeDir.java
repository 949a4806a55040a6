package distlab.ui;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lab's home (SPEC §4): {@code --home DIR} if given, else the repository when the lab
 * runs from inside it, else {@code ~/.distlab}. The front ends keep their files there (the
 * REPL's history). Stand-in until {@code distlab.lecture.LabHome} lands on main.
 */
public final class HomeDir {
    private HomeDir() {}

    public static Path resolve(Path option) {
        if (option != null) return option.toAbsolutePath();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (isRepository(p)) return p;
        }
        return Path.of(System.getProperty("user.home"), ".distlab");
    }

    /** The lab's own repository: its pom, lectures and demos side by side. */
    static boolean isRepository(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("lectures"))
                && Files.isDirectory(dir.resolve("demos"));
    }

    /** Where the line REPL keeps its history. */
    public static Path historyFile(Path home) {
        return home.resolve(".lab_history");
    }
}
