package distlab.check.linearizability;

import java.util.Objects;

/**
 * One operation of a concurrent history: a call by a client and, unless the operation is
 * <em>open</em>, the matching return.
 *
 * <p>Positions order all call and return events of a history (for example: time, then order
 * of occurrence, folded into one long). Only their order matters. Should two events share a
 * position anyway, the checker takes calls before returns, the more permissive reading.
 *
 * <p>An open operation never returned: {@code returnPosition == Long.MAX_VALUE}, and its outcome is
 * unknown. It may have taken effect at any point after its call, or never (Herlihy & Wing 1990:
 * pending invocations may be completed or dropped).
 *
 * @param id dense index in the history, from 0; used for names ("op7") and ordering
 * @param client who issued the operation; one client runs one operation at a time
 * @param callPosition position of the call event
 * @param returnPosition position of the return event, or {@link #OPEN}
 * @param input what was asked (a model-specific type, for example a register read)
 * @param output what was answered; ignored (may be null) when the outcome is unknown
 * @param outcomeKnown false for timeouts and open operations: any output is then allowed
 */
public record Operation<I, O>(
        int id,
        String client,
        long callPosition,
        long returnPosition,
        I input,
        O output,
        boolean outcomeKnown) {

    /** Return position of an operation that never returned. */
    public static final long OPEN = Long.MAX_VALUE;

    public Operation {
        if (id < 0) {
            throw new IllegalArgumentException("operation id must be >= 0, got " + id);
        }
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(input, "input");
        if (returnPosition < callPosition) {
            throw new IllegalArgumentException(
                    "op" + id + " returns (" + returnPosition + ") before its call (" + callPosition + ")");
        }
        if (returnPosition == OPEN && outcomeKnown) {
            throw new IllegalArgumentException("op" + id + " is open, so its outcome cannot be known");
        }
        if (outcomeKnown && output == null) {
            throw new IllegalArgumentException("op" + id + " has a known outcome but no output");
        }
    }

    /** An operation that returned {@code output}. */
    public static <I, O> Operation<I, O> completed(
            int id, String client, long call, long ret, I input, O output) {
        return new Operation<>(id, client, call, ret, input, output, true);
    }

    /** An operation that returned at {@code ret}, but whose result is not known (a timeout). */
    public static <I, O> Operation<I, O> unknownOutcome(int id, String client, long call, long ret, I input) {
        return new Operation<>(id, client, call, ret, input, null, false);
    }

    /** An operation that never returned. */
    public static <I, O> Operation<I, O> open(int id, String client, long call, I input) {
        return new Operation<>(id, client, call, OPEN, input, null, false);
    }

    public boolean isOpen() {
        return returnPosition == OPEN;
    }

    /** Real-time order: this op returned before {@code other} was called, so it must come first. */
    public boolean precedes(Operation<?, ?> other) {
        return returnPosition < other.callPosition;
    }

    /** The same operation under another id (used when a history is cut or renumbered). */
    public Operation<I, O> withId(int newId) {
        return new Operation<>(newId, client, callPosition, returnPosition, input, output, outcomeKnown);
    }

    /** The same call, left open: it may take effect after its call, or never. */
    public Operation<I, O> asOpen() {
        return new Operation<>(id, client, callPosition, OPEN, input, null, false);
    }

    public String name() {
        return "op" + id;
    }
}
