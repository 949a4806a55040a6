package distlab.protocol.raft;

import java.util.List;

/**
 * What the safety invariants look at after one step: every server, and for each the lowest log
 * position that changed in this step (-1: none). Read once per step, so every invariant sees
 * the same change.
 */
record SafetyStep(List<? extends CheckedServer> servers, int[] changedFrom) {
    int size() {
        return servers.size();
    }

    CheckedServer server(int i) {
        return servers.get(i);
    }

    boolean anyLogChanged() {
        for (int from : changedFrom) if (from >= 0) return true;
        return false;
    }
}
