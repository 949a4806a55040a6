package distlab.protocol.raft;

import distlab.sim.snapshot.NotState;
import java.util.Arrays;

/**
 * Leader append-only: a leader never overwrites or deletes entries in its log; it only
 * appends new ones (Figure 3). Checked while a node stays leader of the same term.
 */
final class LeaderAppendOnly implements RaftInvariant {
    private int[] leaderTerm = new int[0];
    private int[] leaderLength = new int[0];
    /** Identity of the leader's process, which a structural fingerprint cannot tell apart anyway. */
    @NotState private Object[] leaderIncarnation = new Object[0];

    @Override public String name() { return "leader append-only"; }

    @Override
    public String check(SafetyStep step) {
        int n = step.size();
        if (leaderTerm.length != n) {
            leaderTerm = Arrays.copyOf(leaderTerm, n);
            leaderLength = Arrays.copyOf(leaderLength, n);
            leaderIncarnation = Arrays.copyOf(leaderIncarnation, n);
        }
        for (int i = 0; i < n; i++) {
            CheckedServer s = step.server(i);
            boolean leads = s.up() && s.role() == RaftServer.Role.LEADER;
            if (!leads) {
                leaderTerm[i] = 0;
                continue;
            }
            boolean sameReign = leaderTerm[i] == s.currentTerm() && leaderIncarnation[i] == s.incarnation();
            int from = step.changedFrom()[i];
            if (sameReign && from >= 0 && from < leaderLength[i]) {
                return s.name() + ", leader of term " + s.currentTerm() + ", changed its entry " + (from + 1)
                        + " (it may only append)";
            }
            leaderTerm[i] = s.currentTerm();
            leaderIncarnation[i] = s.incarnation();
            leaderLength[i] = s.log().length();
        }
        return null;
    }
}
