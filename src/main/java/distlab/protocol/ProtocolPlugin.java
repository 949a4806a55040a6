package distlab.protocol;

import distlab.protocol.command.CommandSpec;
import java.util.List;

/**
 * A protocol family as the engine sees it before any session runs it: the protocols it offers,
 * the commands that work on them, and the title of their group in {@code help}. Registering one
 * is one line in the engine's registry; nothing else outside the family's package changes
 * (docs/adding-a-protocol.md).
 */
public interface ProtocolPlugin {
    /** The help group of its commands, e.g. {@code Raft}. */
    String group();

    /** The protocols it offers, in help order. */
    List<ProtocolInfo> protocols();

    /** A new module running one of its protocols, by the name {@link #protocols()} gives it. */
    ProtocolModule create(String name);

    /** Its commands; a command may be shared by several families (the same spec object). */
    List<CommandSpec> commands();

    /** How to start one, for errors: {@code spawn 3 raft}. */
    default String example() {
        return "spawn 3 " + protocols().get(0).name();
    }

    /** Prefixes of object ids the family adds to paths ({@code b} for broadcasts {@code b1}). */
    default List<String> idPrefixes() {
        return List.of();
    }
}
