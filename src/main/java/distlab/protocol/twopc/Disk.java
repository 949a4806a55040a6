package distlab.protocol.twopc;

import distlab.protocol.broadcast.TotalOrderBroadcast;

/**
 * A twopc node's stable storage, which survives crash and restart: the coordinator's log (used
 * by n1), a participant's log (used by the others) and, for {@code ft=on}, the node's total
 * order broadcast layer and the votes it delivered, which must survive together.
 */
final class Disk {
    final CoordinatorLog coordinator = new CoordinatorLog();
    final ParticipantLog participant = new ParticipantLog();
    final VoteTally tally = new VoteTally();
    final TotalOrderBroadcast layer;

    Disk(TotalOrderBroadcast layer) {
        this.layer = layer;
    }
}
