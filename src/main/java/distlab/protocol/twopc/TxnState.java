package distlab.protocol.twopc;

import java.util.Locale;

/**
 * Where a node stands on a transaction (docs/commands.md, protocol "twopc"): working on it
 * (holding its locks, not yet voted), prepared (voted yes, so it may neither commit nor abort on
 * its own: in doubt until it learns the decision), or decided.
 */
enum TxnState {
    WORKING, PREPARED, COMMITTED, ABORTED;

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
