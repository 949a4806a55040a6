package distlab.engine;

import distlab.sim.LabException;
import java.util.Set;

/** Rules for the names users give nodes (docs/language.md, names). */
final class Names {
    private static final Set<String> RESERVED = Set.of("all", "none", "leader", "cluster", "time", "true", "false",
            "and", "or", "not", "until");

    private Names() {}

    static void checkNodeName(String name, Set<String> commandNames, Set<String> protocolNames, Set<String> idPrefixes) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,15}")) {
            throw new LabException("bad node name '" + name + "': use a letter then letters, digits or _ (at most 16), e.g. A or server1");
        }
        if (RESERVED.contains(name) || commandNames.contains(name) || protocolNames.contains(name)) {
            throw new LabException("'" + name + "' is a reserved word and cannot name a node");
        }
        String prefix = name.replaceAll("\\d+$", "");
        if (name.matches("(m|e|op|c)\\d+") || (!prefix.equals(name) && idPrefixes.contains(prefix))) {
            throw new LabException("'" + name + "' looks like a message, event, op, client or protocol object id; choose another node name");
        }
    }
}
