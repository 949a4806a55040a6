package distlab.check.linearizability;

/** Why a check stopped without a verdict ({@link Verdict#UNKNOWN}); each names the setting to raise. */
public enum Limit {
    /** The search took more steps than {@link Budget#maxStepsPerPartition()} allows. */
    STEPS("the step budget"),
    /** The search's tables would outgrow {@link Budget#maxBytes()}. */
    MEMORY("the memory budget"),
    /** {@link Budget#cancelled()} said stop, for example a time limit. */
    CANCELLED("the time limit");

    private final String phrase;

    Limit(String phrase) {
        this.phrase = phrase;
    }

    /** For messages: "the step budget", "the memory budget", "the time limit". */
    public String phrase() {
        return phrase;
    }
}
