package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/commands.md is written from the declarations and must match them, so it cannot drift.
 * After a deliberate change: mvn -B test -Dtest=ReferenceDocsTest -Ddocs.update=true, then
 * read the diff and commit it. The repository's docs link only inside the repository.
 */
class ReferenceDocsTest {
    private static final Path COMMANDS = Path.of("docs/commands.md");

    @Test
    void theCommandReferenceMatchesTheDeclarations() throws IOException {
        String generated = Reference.commandsMarkdown(new Session(1));
        if (Boolean.getBoolean("docs.update")) Files.writeString(COMMANDS, generated, StandardCharsets.UTF_8);
        assertTrue(Files.exists(COMMANDS), "docs/commands.md is missing: run with -Ddocs.update=true");
        assertEquals(Files.readString(COMMANDS, StandardCharsets.UTF_8), generated,
                "docs/commands.md differs from the declarations: run mvn -B test -Dtest=ReferenceDocsTest -Ddocs.update=true");
    }

    @Test
    void everyCommandAndProtocolIsInTheReference() throws IOException {
        String reference = Files.readString(COMMANDS, StandardCharsets.UTF_8);
        Session session = new Session(1);
        for (String name : session.commands().names()) assertTrue(reference.contains("`" + name), name + " is not in docs/commands.md");
        for (String protocol : Protocols.names()) assertTrue(reference.contains("### " + protocol), protocol + " is not in docs/commands.md");
    }

    /** Markdown links and code references point inside the repository, to files that exist. */
    @Test
    void docsAndReadmeLinkOnlyInsideTheRepository() throws IOException {
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
        List<Path> files;
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            files = Stream.concat(docs.filter(p -> p.toString().endsWith(".md")), Stream.of(Path.of("README.md"))).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(!text.contains("../" + "shared") && !text.contains("SPEC " + "\u00a7"), file + " points outside the repository");
            Matcher m = link.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http://") || target.startsWith("https://")) continue;
                assertTrue(Files.exists(file.resolveSibling(target).normalize()), file + " links to a missing " + target);
            }
        }
    }

    /** Comments cite the repository's docs or a lecture or paper, never a file outside it. */
    @Test
    void sourcesCiteNothingOutsideTheRepository() throws IOException {
        List<String> outside = List.of("SPEC " + "\u00a7", "ARCHITECTURE" + ".md", "../" + "shared");
        try (Stream<Path> sources = Files.walk(Path.of("src"))) {
            for (Path p : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                for (String o : outside) assertTrue(!text.contains(o), p + " cites a file outside the repository: " + o);
            }
        }
    }
}
