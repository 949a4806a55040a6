package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18: the README's key table is the help screen's, row for row. */
class ReadmeKeysTest {
    @Test
    void theReadmesKeyTableMatchesTheHelpScreen() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int header = readme.indexOf("| key | what it does |");
        List<String> table = new ArrayList<>();
        for (int i = header + 2; i < readme.size() && readme.get(i).startsWith("|"); i++) table.add(readme.get(i));
        List<String> screen = Arrays.stream(HelpText.KEYS)
                .map(k -> "| " + k[0].replace("|", "\\|") + " | " + k[1].replace("|", "\\|") + " |").toList();
        assertEquals(screen, table);
    }
}
