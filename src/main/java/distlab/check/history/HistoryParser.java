package distlab.check.history;

import distlab.check.linearizability.Operation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the events of a history file into operations, with Jepsen's meaning of each completion
 * (docs/history-checker.md, "Completions"):
 * <ul>
 *   <li>{@code :ok}: the operation happened, with this result;
 *   <li>{@code :fail}: the operation did not happen, so it is left out; except that a cas whose
 *       value repeats its invoke ({@code :fail :cas [1 2]}) did run and answered false;
 *   <li>{@code :info}: the outcome is unknown; the operation stays open: it may take effect at any
 *       point after its invoke, or never. Its process may invoke again;
 *   <li>an invoke never completed is open too.
 * </ul>
 * A keyword value on a {@code :fail} ({@code :timed-out}) is a reason, and the op still did not
 * happen. Positions are line numbers.
 */
final class HistoryParser<I, O> {
    private record Pending<I>(HistoryEvent invoke, I input) {}

    private record Draft<I, O>(String client, long call, long ret, I input, O output, boolean known) {}

    private final String source;
    private final OpReader<I, O> reader;
    private final HistoryLimits limits;
    private final Map<String, Pending<I>> pendingByProcess = new HashMap<>(); // lookups only; results sorted
    private final Map<String, String> clients = new HashMap<>(); // one String per client name
    private final List<Draft<I, O>> drafts = new ArrayList<>();
    private HistoryFormat format;
    private boolean keyFields;

    private HistoryParser(String source, OpReader<I, O> reader, HistoryLimits limits) {
        this.source = source;
        this.reader = reader;
        this.limits = limits;
    }

    static <I, O> ParsedHistory<I, O> parse(Path file, OpReader<I, O> reader, HistoryLimits limits)
            throws IOException, HistoryParseException {
        HistoryParser<I, O> parser = new HistoryParser<>(file.toString(), reader, limits);
        HistoryLines.read(file, limits, parser::line);
        return parser.finish();
    }

    static <I, O> ParsedHistory<I, O> parse(String source, List<String> lines, OpReader<I, O> reader,
            HistoryLimits limits) throws HistoryParseException {
        HistoryParser<I, O> parser = new HistoryParser<>(source, reader, limits);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            parser.line(i + 1, i == 0 && text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
        return parser.finish();
    }

    private void line(int number, String text) throws HistoryParseException {
        if (text.isBlank()) {
            return;
        }
        if (format == null) {
            format = HistoryFormat.of(text);
        }
        HistoryEvent event = format == HistoryFormat.EDN
                ? HistoryEvent.parseEdn(source, number, text)
                : HistoryEvent.parseLog(source, number, text);
        if (event != null) {
            keyFields |= event.key() != null;
            accept(event);
        }
    }

    private void accept(HistoryEvent event) throws HistoryParseException {
        if (event.type().equals(":invoke")) {
            Pending<I> earlier = pendingByProcess.get(event.process());
            if (earlier != null) {
                throw new HistoryParseException(source, event.line(),
                        "process " + event.process() + " invokes " + event.f() + " while its "
                                + earlier.invoke().f() + " from line " + earlier.invoke().line() + " is still pending",
                        "a process runs one operation at a time; complete the first with :ok, :fail or :info");
            }
            if (drafts.size() + pendingByProcess.size() >= limits.maxOperations()) {
                throw new HistoryParseException(source, event.line(), "more than "
                        + String.format(java.util.Locale.ROOT, "%,d", limits.maxOperations()) + " operations",
                        "raise --max-ops, or split the history");
            }
            pendingByProcess.put(event.process(), new Pending<>(event, reader.input(source, event)));
            return;
        }
        Pending<I> pending = pendingByProcess.remove(event.process());
        if (pending == null) {
            throw new HistoryParseException(source, event.line(),
                    "process " + event.process() + " completes " + event.f() + " with no pending invoke",
                    "each :ok, :fail or :info must follow an :invoke by the same process");
        }
        Draft<I, O> draft = complete(pending, event);
        if (draft != null) {
            drafts.add(draft);
        }
    }

    /** The finished operation, or null when a :fail says it never happened. */
    private Draft<I, O> complete(Pending<I> pending, HistoryEvent done) throws HistoryParseException {
        HistoryEvent invoke = pending.invoke();
        if (!done.f().equals(invoke.f())) {
            throw new HistoryParseException(source, done.line(),
                    "process " + done.process() + " completes " + done.f() + " but invoked " + invoke.f()
                            + " on line " + invoke.line(),
                    "a completion repeats the function of its invoke");
        }
        String client = client(invoke);
        long call = invoke.line();
        I input = pending.input();
        switch (done.type()) {
            case ":info":
                return new Draft<>(client, call, Operation.OPEN, input, null, false);
            case ":ok":
                return new Draft<>(client, call, done.line(), input, reader.ok(source, input, invoke, done), true);
            case ":fail":
                if (done.isKeyword()) {
                    return null; // e.g. :timed-out: a reason; the op did not happen
                }
                O failed = reader.failed(source, input, invoke, done);
                return failed == null ? null : new Draft<>(client, call, done.line(), input, failed, true);
            default:
                throw new HistoryParseException(source, done.line(), "unknown event type " + done.type(),
                        "events are :invoke, :ok, :fail or :info");
        }
    }

    private ParsedHistory<I, O> finish() {
        for (Pending<I> never : pendingByProcess.values()) {
            drafts.add(new Draft<>(client(never.invoke()), never.invoke().line(), Operation.OPEN, never.input(), null,
                    false));
        }
        drafts.sort((a, b) -> Long.compare(a.call(), b.call()));
        List<Operation<I, O>> operations = new ArrayList<>(drafts.size());
        for (Draft<I, O> d : drafts) {
            operations.add(new Operation<>(operations.size(), d.client(), d.call(), d.ret(), d.input(), d.output(),
                    d.known()));
        }
        drafts.clear();
        return new ParsedHistory<>(source, format == null ? HistoryFormat.JEPSEN_LOG : format, operations,
                keyFields);
    }

    private String client(HistoryEvent invoke) {
        return clients.computeIfAbsent(invoke.process(), p -> "p" + p);
    }
}
