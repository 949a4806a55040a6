package distlab.engine.command;

import static distlab.protocol.command.WordKind.COMMAND;

import distlab.engine.Protocols;
import distlab.engine.Reference;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code help [COMMAND | protocols | paths | settings]}: the command list, one command, or a topic. */
final class HelpCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("help").synopsis("help [COMMAND | protocols | paths | settings]")
            .describe("List the commands, or show one command's usage and examples.",
                    "protocols: what spawn can run; paths and settings: those of the session's protocol (or of all).")
            .word("COMMAND", COMMAND, Arity.OPTIONAL)
            .example("help send", "help protocols", "help paths")
            .readOnly()
            .body(new HelpCommand());

    @Override
    void run(Invocation in) {
        CommandRegistry registry = in.registry();
        String topic = in.word("COMMAND");
        if (topic == null) {
            list(in, registry);
            return;
        }
        String protocol = in.session().module() == null ? null : in.session().protocolName();
        switch (topic) {
            case "protocols" -> in.lines(Reference.protocols());
            case "paths" -> in.lines(Reference.paths(protocol));
            case "settings" -> in.lines(Reference.settings(in.session().kernelSettings(), protocol));
            default -> {
                List<CommandSpec> specs = registry.specs(topic);
                if (specs.isEmpty()) throw new LabException("no command '" + WordParser.cut(topic) + "' (type help for the list)");
                for (CommandSpec spec : specs) in.lines(Usage.help(spec, specs.size() == 1 ? registry.protocolsOf(topic) : List.of()));
            }
        }
    }

    private static void list(Invocation in, CommandRegistry registry) {
        Map<String, List<CommandSpec>> byGroup = new LinkedHashMap<>();
        for (String name : registry.names()) {
            if (registry.isAlias(name)) continue;
            for (CommandSpec spec : registry.specs(name)) byGroup.computeIfAbsent(spec.group(), g -> new ArrayList<>()).add(spec);
        }
        byGroup.forEach((group, specs) -> {
            in.println(group + ":");
            for (CommandSpec spec : specs) in.println(String.format(Locale.ROOT, "  %-10s %s", spec.name(), spec.summary()));
        });
        in.println("Type help COMMAND for details and examples; help protocols, help paths, help settings for the rest.");
        in.println("Protocols: " + String.join(" ", Protocols.names()));
    }
}
