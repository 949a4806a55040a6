package distlab.check.history;

/** Checks and messages shared by the operation readers. */
final class Values {
    private Values() {}

    static HistoryParseException unexpected(String source, HistoryEvent event, String hint) {
        return new HistoryParseException(source, event.line(),
                "unexpected value '" + HistoryEvent.abbreviate(event.valueText()) + "' for " + event.type() + " "
                        + event.f(), hint);
    }

    /** A completion of a write, cas or append repeats the value of its invoke. */
    static void requireSame(String source, HistoryEvent invoke, HistoryEvent done) throws HistoryParseException {
        if (!done.value().equals(invoke.value())) {
            throw new HistoryParseException(source, done.line(),
                    done.type() + " " + done.f() + " " + HistoryEvent.abbreviate(done.valueText())
                            + " does not match its invoke " + HistoryEvent.abbreviate(invoke.valueText())
                            + " on line " + invoke.line(),
                    "a completion of a write, cas or append repeats the value of its invoke");
        }
    }
}
