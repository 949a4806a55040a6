package distlab.protocol.raft;

import java.util.Arrays;

/**
 * A leader's note of which client requests it appended in its current term, so that a retry
 * arriving before the entry commits does not add a second entry. Only requests of this term
 * count: an older term's copy may never commit unless a new entry follows it.
 */
final class TermRequests {
    /** By client node index: the sequence number appended this term, 0 for none. */
    private long[] seqByClient = new long[8];

    boolean contains(Command command) {
        if (!command.hasClient()) return false;
        int slot = command.client().index();
        return slot < seqByClient.length && seqByClient[slot] == command.seq();
    }

    void add(Command command) {
        if (!command.hasClient()) return;
        int slot = command.client().index();
        if (slot >= seqByClient.length) seqByClient = Arrays.copyOf(seqByClient, Math.max(slot + 1, 2 * seqByClient.length));
        seqByClient[slot] = command.seq();
    }

    void clear() {
        Arrays.fill(seqByClient, 0);
    }
}
