package distlab.lecture;

import distlab.sim.LabException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The demos and lectures that ship inside the jar, found by the path they have in the
 * repository ({@code demos/6_2_raft.lab}, {@code lectures/6_2_raft.md}) or by file name
 * alone, so {@code java -jar lab.jar --tui demos/6_2_raft.lab} works from any directory.
 * A lecture read as a script is its Try-it blocks, each in a fresh session
 * ({@link TryItBlocks#script}).
 */
public final class BundledFiles {
    private BundledFiles() {}

    /** The text of a bundled file, if {@code path} names one. */
    public static Optional<String> read(String path) {
        String name = path.replace('\\', '/');
        while (name.startsWith("./")) name = name.substring(2);
        if (name.contains("..") || name.isEmpty()) return Optional.empty();
        for (String candidate : candidates(name)) {
            try (InputStream in = BundledFiles.class.getResourceAsStream("/" + candidate)) {
                if (in != null) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return Optional.of(candidate.endsWith(".md") ? TryItBlocks.script(text) : text);
                }
            } catch (IOException e) {
                throw new LabException("cannot read the bundled " + candidate + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static String[] candidates(String name) {
        if (name.startsWith("demos/") || name.startsWith("lectures/")) return new String[] {name};
        if (name.contains("/")) return new String[0];
        return new String[] {"demos/" + name, "lectures/" + name};
    }
}
