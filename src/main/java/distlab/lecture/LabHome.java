package distlab.lecture;

import distlab.sim.LabException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the learner's notes live (docs/commands.md): {@code --home DIR} if given; else the
 * repository when the lab runs from it; else {@code ~/.distlab}.
 */
public record LabHome(Path dir) {
    public static LabHome resolve(Path explicit, Path workingDir, Path userHome) {
        if (explicit != null && explicit.toString().isBlank()) {
            // An empty path would silently mean the current folder.
            throw new LabException("--home needs a folder, not an empty path (e.g. --home ~/distlab)");
        }
        if (explicit != null) return new LabHome(explicit.toAbsolutePath().normalize());
        if (Files.isDirectory(workingDir.resolve("lectures")) && Files.isRegularFile(workingDir.resolve("lectures/0_0_overview.md"))) {
            return new LabHome(workingDir.toAbsolutePath().normalize());
        }
        return new LabHome(userHome.resolve(".distlab").toAbsolutePath().normalize());
    }

    /** The default for the running lab. */
    public static LabHome resolve(Path explicit) {
        return resolve(explicit, Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
    }

    public Path notes() {
        return dir.resolve("notes");
    }
}
