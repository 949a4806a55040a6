package distlab.check.history;

/**
 * What a model's operations look like in a history file: the input of an invoke and the result
 * of a completion. The meaning of the completion types (:ok, :fail, :info) is the same for every
 * model and lives in {@link HistoryParser}.
 */
interface OpReader<I, O> {
    /** The operation an {@code :invoke} asks for. */
    I input(String source, HistoryEvent invoke) throws HistoryParseException;

    /** The result of an {@code :ok} completion. */
    O ok(String source, I input, HistoryEvent invoke, HistoryEvent ok) throws HistoryParseException;

    /**
     * The result of a {@code :fail} whose value is not a keyword: a cas that found another value
     * answered fail; for anything else null, meaning the operation did not happen.
     */
    O failed(String source, I input, HistoryEvent invoke, HistoryEvent fail) throws HistoryParseException;

    /** Text that names the operations this reader knows, for messages. */
    String known();
}
