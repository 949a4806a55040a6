package distlab.engine.explore;

import distlab.sim.Simulation;

/**
 * One choice of next step in a search, packed in an int (kind in the low 3 bits, its message
 * number or node index above): what happens, written as the lab command that replays it.
 */
record Move(Kind kind, int target) {
    enum Kind {
        DELIVER("deliver"), FIRE("fire"), DROP("drop"), CRASH("crash"), RESTART("restart");

        final String command;

        Kind(String command) {
            this.command = command;
        }
    }

    private static final Kind[] KINDS = Kind.values();

    int pack() {
        return target << 3 | kind.ordinal();
    }

    static Move unpack(int packed) {
        return new Move(KINDS[packed & 7], packed >>> 3);
    }

    static int pack(Kind kind, int target) {
        return target << 3 | kind.ordinal();
    }

    static Kind kindOf(int packed) {
        return KINDS[packed & 7];
    }

    static int targetOf(int packed) {
        return packed >>> 3;
    }

    /** The command that makes this move: {@code deliver m4}, {@code fire n2}, {@code crash n3}. */
    String command(Simulation sim) {
        boolean message = kind == Kind.DELIVER || kind == Kind.DROP;
        return kind.command + " " + (message ? "m" + target : sim.node(target).name());
    }
}
