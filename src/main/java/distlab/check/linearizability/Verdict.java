package distlab.check.linearizability;

/** Outcome of a linearizability check. */
public enum Verdict {
    LINEARIZABLE,
    NOT_LINEARIZABLE,
    /** The search budget ran out (or the check was cancelled) before a verdict. */
    UNKNOWN;

    /** Combines verdicts of independent partitions: one failing part is enough to fail. */
    Verdict and(Verdict other) {
        if (this == NOT_LINEARIZABLE || other == NOT_LINEARIZABLE) {
            return NOT_LINEARIZABLE;
        }
        if (this == UNKNOWN || other == UNKNOWN) {
            return UNKNOWN;
        }
        return LINEARIZABLE;
    }
}
