package distlab.protocol.raft;

import java.util.List;
import java.util.function.Supplier;

/**
 * Raft's five safety properties (Raft paper, Figure 3), one object each, checked after every
 * event. The first violation is kept, named by its property, with the event that caused it;
 * checking stops there.
 */
final class SafetyChecker {
    private final CommittedEntries committed = new CommittedEntries();
    private final StateMachineSafety stateMachineSafety = new StateMachineSafety();
    /** In the order they are checked: log matching first, since the others lean on it. */
    private final List<RaftInvariant> invariants = List.of(new LogMatching(), new LeaderAppendOnly(), new ElectionSafety(),
            new LeaderCompleteness(committed), stateMachineSafety);
    private Violation violation;

    Violation violation() {
        return violation;
    }

    /** The names of the properties checked, in order. */
    List<String> names() {
        return invariants.stream().map(RaftInvariant::name).toList();
    }

    /** How many entries are committed, as the paper defines it. */
    int committedLength() {
        return committed.length();
    }

    /** How many indexes some node has applied. */
    int appliedLength() {
        return stateMachineSafety.appliedLength();
    }

    /** Checks the servers' state after one event; {@code where} names that event. */
    void check(List<? extends CheckedServer> servers, Supplier<String> where) {
        if (violation != null) return;
        int[] changedFrom = new int[servers.size()];
        for (int i = 0; i < changedFrom.length; i++) changedFrom[i] = servers.get(i).log().takeChangedFrom();
        SafetyStep step = new SafetyStep(servers, changedFrom);
        for (RaftInvariant invariant : invariants) {
            String problem = invariant.check(step);
            if (problem != null) {
                violation = new Violation(invariant.name(), where.get(), problem);
                return;
            }
        }
    }
}
