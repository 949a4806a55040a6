package distlab.ui;

import distlab.engine.ClientOps;
import distlab.engine.Protocols;
import distlab.engine.Session;
import distlab.lecture.Lecture;
import distlab.protocol.Param;
import distlab.protocol.ProtocolModule;
import distlab.protocol.client.Op;
import distlab.sim.Simulation;
import distlab.sim.net.MessageStatus;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Tab completion for the command language, shared by the terminal UI and the line REPL so
 * both complete alike. It reads each command's picocli model (option names, and the
 * positional labels such as NODE, MSG, PATH) to decide what kind of word comes next, and
 * offers the session's current names for it. Call it on the engine thread: it reads the session.
 */
public final class Completion {
    /** At most this many candidates are offered; a longer list is cut (type more letters). */
    public static final int MAX_CANDIDATES = 200;
    private static final List<String> KERNEL_SETTINGS = List.of("net=", "latency=", "loss=", "dup=", "run=", "runmax=");
    private static final List<String> NODE_FIELDS = List.of("up", "lamport", "vc");

    private final Session session;
    private final List<String> extraCommands;

    /** {@code extraCommands}: words the front end handles itself (the TUI's {@code speed}). */
    public Completion(Session session, List<String> extraCommands) {
        this.session = session;
        this.extraCommands = List.copyOf(extraCommands);
    }

    /** The word being completed starts at {@code wordStart} in the line; candidates replace it. */
    public record Result(int wordStart, String word, List<String> candidates) {
        /** The longest text every candidate starts with (at least the word itself). */
        public String commonPrefix() {
            if (candidates.isEmpty()) return word;
            String prefix = candidates.get(0);
            for (String c : candidates) {
                int i = 0;
                while (i < prefix.length() && i < c.length() && prefix.charAt(i) == c.charAt(i)) i++;
                prefix = prefix.substring(0, i);
            }
            return prefix.length() < word.length() ? word : prefix;
        }
    }

    /** Candidates for the word that ends at the end of {@code lineToCursor}. */
    public Result complete(String lineToCursor) {
        int start = lineToCursor.lastIndexOf(' ') + 1;
        String word = lineToCursor.substring(start);
        List<String> before = words(lineToCursor.substring(0, start));
        List<String> all = before.isEmpty() ? commandNames() : arguments(before, word);
        List<String> matching = new ArrayList<>();
        for (String c : new LinkedHashSet<>(all)) {
            if (c.startsWith(word) && matching.size() < MAX_CANDIDATES) matching.add(c);
        }
        return new Result(start, word, matching);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private List<String> commandNames() {
        List<String> names = new ArrayList<>(session.commands().names());
        names.addAll(extraCommands);
        return names;
    }

    private List<String> arguments(List<String> before, String word) {
        String command = before.get(0);
        if (!session.commands().names().contains(command)) {
            return command.equals("speed") ? List.of("max", "10ms", "50ms", "100ms", "250ms", "500ms", "1s", "2s", "5s") : List.of();
        }
        CommandSpec spec = session.commands().spec(command);
        List<String> out = new ArrayList<>();
        if (word.startsWith("-")) {
            for (OptionSpec o : spec.options()) out.addAll(List.of(o.names()));
            return out;
        }
        String previous = before.get(before.size() - 1);
        OptionSpec option = spec.findOption(previous);
        if (option != null && option.arity().max() > 0) return valuesFor(option.paramLabel(), command, before, word);
        int index = positionalIndex(spec, before);
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.index().contains(index)) return valuesFor(p.paramLabel(), command, before, word);
        }
        return out;
    }

    /** How many positional words come before the cursor (options and their values skipped). */
    private static int positionalIndex(CommandSpec spec, List<String> before) {
        int index = 0;
        for (int i = 1; i < before.size(); i++) {
            OptionSpec o = spec.findOption(before.get(i));
            if (o != null) {
                if (o.arity().max() > 0) i++;
            } else {
                index++;
            }
        }
        return index;
    }

    private List<String> valuesFor(String label, String command, List<String> before, String word) {
        String l = label.replaceAll("[<>]", "").toUpperCase(Locale.ROOT);
        switch (l) {
            case "NODE", "FROM", "TO", "LINK", "GROUP":
                return withAll(command, nodes(true));
            case "C":
                return clients();
            case "MSG":
                return withAll(command, inflightMessages());
            case "COMMAND":
                return commandNames();
            case "MODE":
                return List.of("auto", "manual");
            case "COUNT|NAME":
                return before.size() >= 2 ? new ArrayList<>(Protocols.names()) : List.of();
            case "KEY=VALUE":
                return settings();
            case "ROWS":
                return List.of("all");
            case "ALL":
                return List.of("all");
            case "PATH", "EXPR", "NAME = EXPR":
                return paths(word);
            case "ARGS":
                if (command.equals("run")) return before.contains("until") ? paths(word) : List.of("until");
                return List.of();
            case "ID", "LECTURE":
                return lectureIds();
            case "CHECK":
                return List.of("linearizable");
            default:
                return List.of();
        }
    }

    private static List<String> withAll(String command, List<String> values) {
        List<String> out = new ArrayList<>(values);
        if (Set.of("deliver", "drop", "restart").contains(command)) out.add("all");
        return out;
    }

    private List<String> nodes(boolean withLeader) {
        List<String> out = new ArrayList<>();
        for (NodeId id : session.sim().nodes()) out.add(id.name());
        ProtocolModule module = session.module();
        if (withLeader && module != null && module.clusterValue("leader") != null) out.add("leader");
        return out;
    }

    private List<String> clients() {
        List<String> out = new ArrayList<>();
        for (NodeId id : session.sim().nodes()) if (id.name().matches("c\\d+")) out.add(id.name());
        if (!out.contains("c1")) out.add("c1");
        return out;
    }

    private List<String> inflightMessages() {
        Simulation sim = session.sim();
        List<String> out = new ArrayList<>();
        for (int m = 1; m <= sim.messages().count() && out.size() < MAX_CANDIDATES; m++) {
            if (sim.messages().status(m) == MessageStatus.INFLIGHT) out.add("m" + m);
        }
        return out;
    }

    private List<String> settings() {
        List<String> out = new ArrayList<>(KERNEL_SETTINGS);
        ProtocolModule module = session.module();
        if (module != null) for (Param p : module.params()) out.add(p.key() + "=");
        return out;
    }

    private List<String> lectureIds() {
        List<String> out = new ArrayList<>();
        for (Lecture l : session.course().all()) out.add(l.id());
        return out;
    }

    /**
     * Paths for show/expect/let/run until: {@code time}, {@code cluster.FIELD}, node names
     * and, after {@code NODE.}, its fields; message, event and op ids when the word starts
     * like one (there can be thousands of events, so they are not offered unasked).
     */
    private List<String> paths(String word) {
        List<String> out = new ArrayList<>();
        int dot = word.indexOf('.');
        ProtocolModule module = session.module();
        if (dot >= 0) {
            String head = word.substring(0, dot);
            if (head.equals("cluster")) {
                for (String f : List.of("inflight", "nodes", "events", "messages")) out.add("cluster." + f);
                if (module != null) module.clusterFields().forEach(f -> out.add("cluster." + f));
                return out;
            }
            session.sim().find(head).ifPresent(id -> {
                NODE_FIELDS.forEach(f -> out.add(head + "." + f));
                if (module != null) module.nodeFields(id).forEach(f -> out.add(head + "." + f));
            });
            if (head.matches("m\\d+")) for (String f : List.of("status", "from", "to", "payload", "sent", "due")) out.add(head + "." + f);
            if (head.matches("e\\d+")) for (String f : List.of("node", "kind", "time", "lamport", "vc")) out.add(head + "." + f);
            if (head.matches("op\\d+")) for (String f : List.of("status", "value", "client", "kind", "key", "error")) out.add(head + "." + f);
            return out;
        }
        out.add("time");
        out.add("cluster.");
        for (String n : nodes(false)) out.add(n + ".");
        if (word.matches("m\\d*")) for (int m = 1; m <= session.sim().messages().count() && m <= MAX_CANDIDATES; m++) out.add("m" + m);
        if (word.matches("e\\d+")) {
            int events = session.sim().trace().eventCount();
            for (int e = 1, found = 0; e <= events && found < MAX_CANDIDATES; e++) {
                String id = "e" + e;
                if (id.startsWith(word)) {
                    out.add(id);
                    found++;
                }
            }
        }
        if (word.startsWith("op")) {
            ClientOps.history(session).ifPresent(h -> {
                for (Op op : h.ops()) out.add(op.name());
            });
        }
        return out;
    }
}
