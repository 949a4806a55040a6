package distlab.check.history;

import distlab.check.linearizability.Operation;
import distlab.check.linearizability.RegisterOp;
import distlab.check.linearizability.RegisterResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Jepsen register log (:invoke/:ok/:fail/:info of :read/:write/:cas) into a history.
 *
 * <p>Meaning of completions, as Jepsen's checkers read them: {@code :ok} gives the result;
 * {@code :fail :cas [a b]} is a cas that returned false; a {@code :fail} whose value is a keyword
 * such as {@code :timed-out} leaves the outcome unknown; any other {@code :fail} means the operation
 * did not happen, so it is left out; {@code :info} leaves the operation open (it may take effect at
 * any later point, or never), as does an invoke never completed. Positions are line numbers.
 */
public final class JepsenLogParser {
    private JepsenLogParser() {}

    private record Pending(JepsenEvent invoke, RegisterOp input) {}

    private record Draft(String client, long call, long ret, RegisterOp input, RegisterResult output, boolean known) {}

    public static JepsenHistory parse(Path file) throws IOException, HistoryParseException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static JepsenHistory parse(String source, List<String> lines) throws HistoryParseException {
        Map<String, Pending> pendingByProcess = new HashMap<>(); // order never observed: results are sorted by call
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            JepsenEvent event = JepsenEvent.parse(source, i + 1, text);
            if (event.type().equals(":invoke")) {
                Pending earlier = pendingByProcess.get(event.process());
                if (earlier != null) {
                    throw new HistoryParseException(source, event.line(),
                            "process " + event.process() + " invokes " + event.function() + " while its "
                                    + earlier.invoke().function() + " from line " + earlier.invoke().line()
                                    + " is still pending",
                            "a process runs one operation at a time; complete the first with :ok, :fail or :info");
                }
                pendingByProcess.put(event.process(), new Pending(event, inputOf(source, event)));
                continue;
            }
            Pending pending = pendingByProcess.remove(event.process());
            if (pending == null) {
                throw new HistoryParseException(source, event.line(),
                        "process " + event.process() + " completes " + event.function() + " with no pending invoke",
                        "each :ok, :fail or :info must follow an :invoke by the same process");
            }
            Draft draft = complete(source, pending, event);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        for (Pending never : pendingByProcess.values()) {
            drafts.add(new Draft(client(never.invoke()), never.invoke().line(), Operation.OPEN, never.input(), null, false));
        }
        drafts.sort(Comparator.comparingLong(Draft::call));
        List<Operation<RegisterOp, RegisterResult>> operations = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            operations.add(new Operation<>(operations.size(), d.client(), d.call(), d.ret(), d.input(), d.output(), d.known()));
        }
        return new JepsenHistory(source, operations);
    }

    private static RegisterOp inputOf(String source, JepsenEvent invoke) throws HistoryParseException {
        switch (invoke.function()) {
            case ":read":
                return RegisterOp.read();
            case ":write":
                if (invoke.isScalar()) {
                    return RegisterOp.write(invoke.value().get(0));
                }
                throw badValue(source, invoke, "a :write takes the value written, e.g. ':invoke :write 3'");
            case ":cas":
                if (invoke.isPair()) {
                    return RegisterOp.cas(invoke.value().get(0), invoke.value().get(1));
                }
                throw badValue(source, invoke, "a :cas takes [expected new], e.g. ':invoke :cas [1 2]'");
            default:
                throw new HistoryParseException(source, invoke.line(), "unknown operation " + invoke.function(),
                        "this register log knows :read, :write and :cas");
        }
    }

    /** The finished operation, or null when a :fail says it never happened. */
    private static Draft complete(String source, Pending pending, JepsenEvent done) throws HistoryParseException {
        JepsenEvent invoke = pending.invoke();
        if (!done.function().equals(invoke.function())) {
            throw new HistoryParseException(source, done.line(),
                    "process " + done.process() + " completes " + done.function() + " but invoked "
                            + invoke.function() + " on line " + invoke.line(),
                    "a completion repeats the function of its invoke");
        }
        String client = client(invoke);
        long call = invoke.line();
        long ret = done.line();
        RegisterOp input = pending.input();
        switch (done.type()) {
            case ":info":
                return new Draft(client, call, Operation.OPEN, input, null, false);
            case ":ok":
                if (input instanceof RegisterOp.Read) {
                    if (done.value() != null && !done.isScalar()) {
                        throw badValue(source, done, "an :ok :read gives the value read, or nil");
                    }
                    String value = done.value() == null ? null : done.value().get(0);
                    return new Draft(client, call, ret, input, RegisterResult.value(value), true);
                }
                requireSameValue(source, invoke, done);
                return new Draft(client, call, ret, input, RegisterResult.ok(), true);
            case ":fail":
                if (done.value() != null && done.value().size() == 1 && done.value().get(0).startsWith(":")) {
                    return new Draft(client, call, ret, input, null, false); // e.g. :timed-out: unknown
                }
                if (input instanceof RegisterOp.Cas) {
                    requireSameValue(source, invoke, done);
                    return new Draft(client, call, ret, input, RegisterResult.fail(), true);
                }
                return null;
            default:
                throw new HistoryParseException(source, done.line(), "unknown event type " + done.type(),
                        "events are :invoke, :ok, :fail or :info");
        }
    }

    private static void requireSameValue(String source, JepsenEvent invoke, JepsenEvent done)
            throws HistoryParseException {
        if (!done.valueText().equals(invoke.valueText())) {
            throw new HistoryParseException(source, done.line(),
                    done.type() + " " + done.function() + " " + done.valueText() + " does not match its invoke "
                            + invoke.valueText() + " on line " + invoke.line(),
                    "a :write or :cas completion repeats the value of its invoke");
        }
    }

    private static HistoryParseException badValue(String source, JepsenEvent event, String hint) {
        return new HistoryParseException(source, event.line(),
                "unexpected value '" + event.valueText() + "' for " + event.type() + " " + event.function(), hint);
    }

    private static String client(JepsenEvent invoke) {
        return "p" + invoke.process();
    }
}
