package distlab.protocol.quorum;

/**
 * A client's timestamp counter: the highest counter it has seen in any reply or write of its
 * own. A put takes the next one, so its timestamp is greater than any the client has seen
 * (lecture 5.1). Kept in the client's stable storage, so a restarted client never goes back.
 */
final class ClientClock {
    private long highestSeen;

    void seen(long counter) {
        highestSeen = Math.max(highestSeen, counter);
    }

    long highestSeen() {
        return highestSeen;
    }

    /** The counter for a new write; it counts as seen. */
    long next() {
        highestSeen++;
        return highestSeen;
    }
}
