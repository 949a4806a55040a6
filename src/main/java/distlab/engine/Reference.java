package distlab.engine;

import distlab.protocol.PathSpec;
import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.Setting;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.HistoryModel;
import distlab.protocol.client.OpPaths;
import distlab.protocol.command.CommandSpec;
import distlab.protocol.command.OptionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reference the declarations make: {@code help protocols}, {@code help paths},
 * {@code help settings}, and docs/commands.md, written from the same lists the engine runs
 * from, so none can drift from the lab.
 */
public final class Reference {
    private Reference() {}

    /** {@code help protocols}: what spawn can run, by family. */
    public static List<String> protocols() {
        List<String> out = new ArrayList<>();
        for (ProtocolPlugin plugin : Protocols.plugins()) {
            out.add(plugin.group() + ":");
            for (ProtocolInfo info : plugin.protocols()) out.add(String.format(Locale.ROOT, "  %-10s %s", info.name(), info.summary()));
        }
        out.add("Start one with spawn COUNT PROTOCOL, e.g. spawn 3 raft.");
        return out;
    }

    /** {@code help paths}: the kernel's paths, then the protocol's (or every protocol's). */
    public static List<String> paths(String protocol) {
        List<String> out = new ArrayList<>();
        out.add("Every session:");
        out.add(row("time", "the virtual time"));
        for (PathSpec p : SessionPaths.KERNEL) out.add(row(p.path(), p.help()));
        for (String name : protocol == null ? Protocols.names() : Set.of(protocol)) {
            List<PathSpec> own = protocolPaths(Protocols.create(name));
            if (own.isEmpty()) continue;
            out.add(name + ":");
            for (PathSpec p : own) out.add(row(p.path(), p.help()));
        }
        out.add("Any list has .length (n1.log.length).");
        return out;
    }

    /** The paths a protocol adds: its catalog, with the op fields and cluster.linearizable of client protocols. */
    static List<PathSpec> protocolPaths(ProtocolModule module) {
        List<PathSpec> out = new ArrayList<>(module.paths());
        if (module instanceof ClientProtocol cp) {
            out.addAll(OpPaths.FIELDS);
            if (cp.historyModel() != HistoryModel.NONE) out.add(SessionPaths.LINEARIZABLE);
        }
        return out;
    }

    /** {@code help settings}: the kernel's settings, then the protocol's (or every protocol's). */
    public static List<String> settings(KernelSettings kernel, String protocol) {
        List<String> out = new ArrayList<>();
        out.add("Every session (config KEY=VALUE):");
        for (String key : kernel.keys()) out.add(row(key + "=" + kernel.show(key), kernel.help(key)));
        for (String name : protocol == null ? Protocols.names() : Set.of(protocol)) {
            List<Setting<?>> own = Protocols.create(name).settings().declared();
            if (own.isEmpty()) continue;
            out.add(name + ":");
            for (Setting<?> s : own) out.add(row(s.key() + "=" + s.format(s.initial()), s.help()));
        }
        return out;
    }

    /** A markdown table cell: a pipe would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String row(String left, String right) {
        return String.format(Locale.ROOT, "  %-24s %s", left, right);
    }

    /** docs/commands.md: every command, setting and path, from the declarations. */
    public static String commandsMarkdown(Session session) {
        StringBuilder b = new StringBuilder();
        b.append("# Command reference\n\n");
        b.append("Generated from the lab's own declarations (`mvn -B test -Dtest=ReferenceDocsTest -Ddocs.update=true`");
        b.append(" rewrites it); a test fails when it drifts. The language itself, names and expressions are in");
        b.append(" [language.md](language.md).\n\n");
        b.append("## Commands\n");
        // By help group, in order of first appearance: a name two families declare (txn) has one entry in each group.
        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : session.commands().names()) {
            for (CommandSpec spec : session.commands().specs(name)) {
                if (!seen.add(spec.synopsis() + spec.group())) continue;
                StringBuilder g = groups.computeIfAbsent(spec.group(), k -> new StringBuilder());
                command(g, spec, session.commands().specs(name).size() == 1 ? session.commands().protocolsOf(name) : List.of());
            }
        }
        groups.forEach((group, text) -> b.append("\n### ").append(group).append("\n\n").append(text));
        b.append("\n## Protocols\n");
        for (ProtocolPlugin plugin : Protocols.plugins()) {
            for (ProtocolInfo info : plugin.protocols()) protocol(b, info);
        }
        b.append("\n## Every session\n\n### Settings\n\n| setting | default | meaning |\n|---|---|---|\n");
        KernelSettings kernel = session.kernelSettings();
        for (String key : kernel.keys()) b.append("| `").append(key).append("` | `").append(kernel.show(key)).append("` | ").append(cell(kernel.help(key))).append(" |\n");
        b.append("\n### Paths\n\n| path | value |\n|---|---|\n| `time` | the virtual time |\n");
        for (PathSpec p : SessionPaths.KERNEL) b.append("| `").append(p.path()).append("` | ").append(cell(p.help())).append(" |\n");
        return b.toString();
    }

    private static void command(StringBuilder b, CommandSpec spec, List<String> protocols) {
        b.append("- `").append(spec.synopsis()).append("`");
        if (spec.readOnly()) b.append(" (read-only)");
        b.append("\n");
        for (String line : spec.description()) b.append("  ").append(line).append("\n");
        for (OptionSpec o : spec.options()) {
            b.append("  `").append(o.name()).append(o.takesValue() ? " " + o.label() : "").append("`: ").append(o.help()).append("\n");
        }
        if (!protocols.isEmpty()) b.append("  Protocols: ").append(String.join(", ", protocols)).append(".\n");
        b.append("  Example").append(spec.examples().size() == 1 ? "" : "s").append(": ");
        b.append(String.join("; ", spec.examples().stream().map(e -> "`" + e + "`").toList())).append("\n");
    }

    private static void protocol(StringBuilder b, ProtocolInfo info) {
        ProtocolModule module = Protocols.create(info.name());
        b.append("\n### ").append(info.name()).append("\n\n").append(info.summary()).append(".\n");
        List<Setting<?>> settings = module.settings().declared();
        if (!settings.isEmpty()) {
            b.append("\n| setting | default | meaning |\n|---|---|---|\n");
            for (Setting<?> s : settings) {
                b.append("| `").append(s.key()).append("` | `").append(s.format(s.initial())).append("` | ").append(cell(s.help())).append(" |\n");
            }
        }
        List<PathSpec> paths = protocolPaths(module);
        if (!paths.isEmpty()) {
            b.append("\n| path | value |\n|---|---|\n");
            for (PathSpec p : paths) b.append("| `").append(p.path()).append("` | ").append(cell(p.help())).append(" |\n");
        }
        if (!module.properties().isEmpty()) {
            b.append("\nSafety properties: ");
            b.append(String.join("; ", module.properties().stream().map(p -> "`" + p.path() + "`: " + p.promise()).toList())).append(".\n");
        }
    }
}
