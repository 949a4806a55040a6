package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.engine.command.Usage;
import distlab.testing.Lab;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command explains itself: a usage line, a description and an example. */
class HelpTest {
    @Test
    void everyCommandHasUsageDescriptionAndExample() {
        Session session = new Session(1);
        for (String name : session.commands().names()) {
            List<String> help = Usage.help(session.commands().spec(name), List.of());
            assertTrue(help.get(0).startsWith("usage: "), name + ": " + help);
            assertFalse(session.commands().spec(name).summary().isBlank(), name + " has no description");
            assertTrue(help.stream().anyMatch(l -> l.startsWith("example")), name + " has no example");
        }
    }

    @Test
    void theListNamesEveryCommandOnce() {
        String list = Lab.create().run("help");
        for (String name : new Session(1).commands().names()) {
            if (name.equals("exit")) continue;
            assertTrue(list.contains("\n  " + name + " "), name + " missing from help");
        }
        assertFalse(list.contains("  exit "), "aliases are not listed twice");
    }
}
