package distlab.protocol.raft;

import java.util.HashMap;
import java.util.Map;

/** Election safety: at most one leader can be elected in a given term (Figure 3). */
final class ElectionSafety implements RaftInvariant {
    private final Map<Integer, String> leaderOfTerm = new HashMap<>();

    @Override public String name() { return "election safety"; }

    @Override
    public String check(SafetyStep step) {
        for (int i = 0; i < step.size(); i++) {
            CheckedServer s = step.server(i);
            if (!s.up() || s.role() != RaftServer.Role.LEADER) continue;
            String first = leaderOfTerm.putIfAbsent(s.currentTerm(), s.name());
            if (first != null && !first.equals(s.name())) {
                return first + " and " + s.name() + " were both leaders of term " + s.currentTerm();
            }
        }
        return null;
    }
}
