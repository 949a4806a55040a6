package distlab.protocol;

/**
 * One path a protocol offers to {@code show} and {@code expect}, declared once: where it
 * hangs, its field (an upper-case part is a placeholder, as in {@code kv.KEY}), and what its
 * value means. A protocol's catalog of these is the source of {@code show NODE}, completion
 * and the command reference.
 */
public record PathSpec(Scope scope, String field, String help) {
    /** What a path hangs on. */
    public enum Scope {
        /** {@code NODE.field} of any node, server or client (the kernel's own). */
        NODE("NODE"),
        /** {@code NODE.field} of a server. */
        SERVER("NODE"),
        /** {@code NODE.field} of a client. */
        CLIENT("CLIENT"),
        /** {@code cluster.field}. */
        CLUSTER("cluster"),
        /** {@code OP.field} of a client operation. */
        OP("OP"),
        /** {@code ID.field} of one of the protocol's own objects, such as a broadcast {@code b1}. */
        OBJECT("ID"),
        /** {@code MSG.field} of a message (the kernel's own). */
        MESSAGE("MSG"),
        /** {@code EVENT.field} of an event (the kernel's own). */
        EVENT("EVENT");

        private final String head;

        Scope(String head) {
            this.head = head;
        }

        public String head() {
            return head;
        }
    }

    public static PathSpec server(String field, String help) {
        return new PathSpec(Scope.SERVER, field, help);
    }

    public static PathSpec client(String field, String help) {
        return new PathSpec(Scope.CLIENT, field, help);
    }

    public static PathSpec cluster(String field, String help) {
        return new PathSpec(Scope.CLUSTER, field, help);
    }

    public static PathSpec op(String field, String help) {
        return new PathSpec(Scope.OP, field, help);
    }

    public static PathSpec object(String field, String help) {
        return new PathSpec(Scope.OBJECT, field, help);
    }

    /** True when the field has a placeholder ({@code kv.KEY}): {@code show NODE} lists its instances. */
    public boolean isPattern() {
        for (String part : field.split("\\.")) if (isPlaceholder(part)) return true;
        return false;
    }

    /** Whether a concrete field ({@code kv.x}) is an instance of this one ({@code kv.KEY}). */
    public boolean matches(String concrete) {
        String[] mine = field.split("\\.");
        String[] theirs = concrete.split("\\.", -1);
        if (mine.length != theirs.length) return false;
        for (int i = 0; i < mine.length; i++) {
            if (theirs[i].isEmpty() || !(isPlaceholder(mine[i]) || mine[i].equals(theirs[i]))) return false;
        }
        return true;
    }

    private static boolean isPlaceholder(String part) {
        return part.matches("[A-Z][A-Z0-9]*");
    }

    /** {@code NODE.kv.KEY}, {@code cluster.safe}. */
    public String path() {
        return scope.head() + "." + field;
    }
}
