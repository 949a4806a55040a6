package distlab.protocol.twopc;

/**
 * Rules of two-phase commit broken on purpose ({@code config bug=}), so that the atomicity check
 * and a model checker have something to find.
 */
enum Bug {
    NONE("none"),
    /** The coordinator sends its decision without logging it: after a crash it no longer knows it decided. */
    NOLOG("nolog"),
    /** A participant forgets on restart that it is prepared, and aborts what it promised to commit if told. */
    FORGET("forget");

    final String word;

    Bug(String word) {
        this.word = word;
    }
}
