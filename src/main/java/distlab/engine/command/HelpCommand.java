package distlab.engine.command;

import distlab.sim.LabException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "help", customSynopsis = "help [COMMAND]",
        description = "List the commands, or show one command's usage and an example.",
        footer = "example: help send")
final class HelpCommand implements LabCommand {
    @Parameters(arity = "0..1", paramLabel = "COMMAND")
    String command;

    @Override
    public void run(Invocation in) {
        CommandSet set = in.session().commands();
        if (command != null) {
            if (!set.names().contains(command)) {
                throw new LabException("no command '" + command + "' (type help for the list)");
            }
            in.out().lines(Usage.help(set.spec(command)));
            return;
        }
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        set.groups().forEach((name, group) -> byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(name));
        byGroup.forEach((group, names) -> {
            in.println(group + ":");
            for (String name : names) {
                if (set.isAlias(name)) continue;
                String line = String.format(java.util.Locale.ROOT, "  %-10s %s", name, Usage.summary(set.spec(name)));
                in.println(line.length() <= 100 ? line : line.substring(0, 99) + "…");
            }
        });
        in.println("Type help COMMAND for details and an example. Paths for show/expect: help show.");
    }
}
