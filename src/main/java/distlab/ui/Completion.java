package distlab.ui;

import distlab.engine.Protocols;
import distlab.engine.Session;
import distlab.lecture.Lecture;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Setting;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.Op;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.protocol.command.OptionSpec;
import distlab.protocol.command.WordKind;
import distlab.protocol.command.WordSpec;
import distlab.sim.Simulation;
import distlab.sim.net.MessageStatus;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Tab completion for the command language, shared by the terminal UI and the line REPL so
 * both complete alike. Each command's declaration says what kind of word comes next (a node, a
 * message, a path, a setting); the session supplies its current names for that kind. Call it
 * on the engine thread: it reads the session.
 */
public final class Completion {
    /** At most this many candidates are offered; a longer list is cut (type more letters). */
    public static final int MAX_CANDIDATES = 200;

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
        if (command.equals("fails") && before.size() >= 2) return arguments(before.subList(1, before.size()), word);
        CommandSpec spec = session.commands().spec(command);
        if (spec == null) {
            return command.equals("speed") ? List.of("max", "10ms", "50ms", "100ms", "250ms", "500ms", "1s", "2s", "5s") : List.of();
        }
        if (word.startsWith("-")) return spec.options().stream().map(OptionSpec::name).toList();
        OptionSpec option = spec.option(before.get(before.size() - 1));
        if (option != null && option.takesValue()) return valuesFor(option.kind(), List.of(), before, word);
        WordSpec positional = positional(spec, before);
        if (positional == null) return List.of();
        if (command.equals("run")) return before.contains("until") ? paths(word) : List.of("until");
        return valuesFor(positional.kind(), positional.choices(), before, word);
    }

    /** The positional the cursor is on: words before it counted, options and their values skipped. */
    private static WordSpec positional(CommandSpec spec, List<String> before) {
        int index = 0;
        for (int i = 1; i < before.size(); i++) {
            OptionSpec o = spec.option(before.get(i));
            if (o != null) {
                if (o.takesValue()) i++;
            } else {
                index++;
            }
        }
        int at = 0;
        for (WordSpec w : spec.words()) {
            if (w.arity() == Arity.MANY || w.arity() == Arity.ANY) return w;
            if (index == at) return w;
            at++;
        }
        return null;
    }

    private List<String> valuesFor(WordKind kind, List<String> choices, List<String> before, String word) {
        if (kind == null) return List.of();
        return switch (kind) {
            case NODE -> nodes(true);
            case NODE_OR_ALL -> with(nodes(true), "all");
            case CLIENT -> clients();
            case MESSAGE_OR_ALL -> with(inflightMessages(), "all");
            case COMMAND -> commandNames();
            case CHOICE -> choices;
            case PROTOCOL -> new ArrayList<>(Protocols.names());
            case WORD -> before.get(0).equals("spawn") && before.size() >= 2 ? new ArrayList<>(Protocols.names()) : List.of();
            case SETTING -> settings(word);
            case PATH, EXPR -> paths(word);
            case LECTURE -> lectureIds();
            default -> List.of();
        };
    }

    private static List<String> with(List<String> values, String extra) {
        List<String> out = new ArrayList<>(values);
        out.add(extra);
        return out;
    }

    private List<String> nodes(boolean withLeader) {
        List<String> out = new ArrayList<>();
        for (NodeId id : session.sim().nodes()) out.add(id.name());
        ProtocolModule module = session.module();
        if (withLeader && module != null && module.fields(distlab.protocol.PathSpec.Scope.CLUSTER).contains("leader")) out.add("leader");
        return out;
    }

    private List<String> clients() {
        List<String> out = new ArrayList<>();
        for (NodeId id : session.sim().nodes()) if (session.sim().kind(id) == NodeKind.CLIENT) out.add(id.name());
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

    /** {@code loss=}, and after {@code bug=} the setting's words ({@code bug=nologcheck}). */
    private List<String> settings(String word) {
        List<String> out = new ArrayList<>();
        int eq = word.indexOf('=');
        ProtocolModule module = session.module();
        if (eq > 0 && module != null) {
            Setting<?> s = module.settings().find(word.substring(0, eq));
            if (s != null) for (String v : s.suggestions()) out.add(s.key() + "=" + v);
            return out;
        }
        for (String key : session.kernelSettings().keys()) out.add(key + "=");
        if (module != null) module.settings().declared().forEach(s -> out.add(s.key() + "="));
        return out;
    }

    private List<String> lectureIds() {
        List<String> out = new ArrayList<>();
        for (Lecture l : session.course().all()) out.add(l.id());
        return out;
    }

    /**
     * Paths for show/expect/let/run until: {@code time}, {@code cluster.FIELD}, node names and,
     * after {@code NODE.}, its fields; message, event and op ids, and after them their fields,
     * when the word starts like one (there can be thousands of events, so they are not offered
     * unasked).
     */
    private List<String> paths(String word) {
        List<String> out = new ArrayList<>();
        int dot = word.indexOf('.');
        if (dot >= 0) {
            String head = word.substring(0, dot);
            if (head.equals("cluster")) {
                session.paths().clusterFields().forEach(f -> out.add("cluster." + f));
                return out;
            }
            try {
                List<String> fields = session.paths().fieldsOf(head);
                if (fields != null) out.addAll(fields);
            } catch (RuntimeException e) {
                return out;
            }
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
        if (word.startsWith("op") && session.module() instanceof ClientProtocol clients) {
            for (Op op : clients.history().ops()) out.add(op.name());
        }
        ProtocolModule module = session.module();
        for (String prefix : Protocols.idPrefixes()) {
            // A protocol's own objects (broadcasts b1 b2 ...), numbered from 1, when the word starts like one.
            if (module == null || !word.matches(prefix + "\\d*")) continue;
            for (int k = 1, found = 0; found < MAX_CANDIDATES && module.hasObject(prefix + k); k++) {
                if ((prefix + k).startsWith(word)) {
                    out.add(prefix + k);
                    found++;
                }
            }
        }
        return out;
    }
}
