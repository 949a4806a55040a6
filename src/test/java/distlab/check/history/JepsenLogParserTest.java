package distlab.check.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.check.linearizability.Operation;
import distlab.check.linearizability.RegisterOp;
import distlab.check.linearizability.RegisterResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class JepsenLogParserTest {
    private static final String P = "INFO  jepsen.util - ";

    private static JepsenHistory parse(String... lines) throws HistoryParseException {
        return JepsenLogParser.parse("h.log", List.of(lines));
    }

    private static HistoryParseException error(String... lines) {
        return assertThrows(HistoryParseException.class, () -> parse(lines));
    }

    @Test
    void readsTabAndSpaceSeparatedEvents() throws Exception {
        JepsenHistory history = parse(
                P + "2\t:invoke\t:cas\t[3 0]",
                P + "3   :invoke :read   nil",
                P + "2\t:fail\t:cas\t[3 0]",
                P + "3   :ok     :read   4",
                P + "4\t:invoke\t:write\t3",
                P + "4\t:ok\t:write\t3");
        assertEquals(List.of(
                Operation.completed(0, "p2", 1, 3, RegisterOp.cas("3", "0"), RegisterResult.fail()),
                Operation.completed(1, "p3", 2, 4, RegisterOp.read(), RegisterResult.value("4")),
                Operation.completed(2, "p4", 5, 6, RegisterOp.write("3"), RegisterResult.ok())),
                history.operations());
    }

    @Test
    void nilReadsTimeoutsAndCrashes() throws Exception {
        JepsenHistory history = parse(
                P + "1\t:invoke\t:read\tnil",
                P + "1\t:ok\t:read\tnil",
                P + "1\t:invoke\t:read\tnil",
                P + "1\t:fail\t:read\t:timed-out",
                P + "2\t:invoke\t:write\t1",
                P + "2\t:info\t:write\t:timed-out",
                P + "3\t:invoke\t:cas\t[1 2]");
        List<Operation<RegisterOp, RegisterResult>> ops = history.operations();
        assertEquals(3, ops.size(), "the failed read did not happen: left out");
        assertEquals(RegisterResult.value(null), ops.get(0).output());
        assertEquals(Operation.open(1, "p2", 5, RegisterOp.write("1")), ops.get(1));
        assertEquals(Operation.open(2, "p3", 7, RegisterOp.cas("1", "2")), ops.get(2));
    }

    @Test
    void aFailedWriteNeverHappened() throws Exception {
        JepsenHistory history = parse(P + "1\t:invoke\t:write\t1", P + "1\t:fail\t:write\t1");
        assertTrue(history.isEmpty());
    }

    @Test
    void emptyFileIsEmptyNotAnError() throws Exception {
        assertTrue(parse().isEmpty());
        assertTrue(parse("", "  ").isEmpty());
    }

    @Test
    void malformedLineNamesFileAndLine() {
        HistoryParseException e = error(P + "1\t:invoke\t:read\tnil", "INFO jepsen.util - garbage");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("h.log:2: error: malformed line 'INFO jepsen.util - garbage' (expected"),
                e.getMessage());
    }

    @Test
    void malformedValue() {
        HistoryParseException e = error(P + "1\t:invoke\t:cas\t[1 2");
        assertEquals("h.log:1: error: malformed value '[1 2' (a value is nil, a number, a keyword such as"
                + " :timed-out, or a vector such as [a b])", e.getMessage());
    }

    @Test
    void completionWithoutPendingInvoke() {
        HistoryParseException e = error(P + "1\t:invoke\t:read\tnil", P + "2\t:ok\t:read\t3");
        assertEquals("h.log:2: error: process 2 completes :read with no pending invoke (each :ok, :fail or"
                + " :info must follow an :invoke by the same process)", e.getMessage());
    }

    @Test
    void secondInvokeWhileOneIsPending() {
        HistoryParseException e = error(P + "1\t:invoke\t:read\tnil", P + "1\t:invoke\t:write\t3");
        assertEquals("h.log:2: error: process 1 invokes :write while its :read from line 1 is still pending"
                + " (a process runs one operation at a time; complete the first with :ok, :fail or :info)",
                e.getMessage());
    }

    @Test
    void completionOfAnotherFunction() {
        HistoryParseException e = error(P + "1\t:invoke\t:read\tnil", P + "1\t:ok\t:write\t3");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("completes :write but invoked :read on line 1"), e.getMessage());
    }

    @Test
    void writeWithoutValueAndUnknownFunction() {
        assertEquals(1, error(P + "1\t:invoke\t:write\tnil").line());
        assertTrue(error(P + "1\t:invoke\t:append\t3").getMessage().contains("unknown operation :append"));
        assertFalse(error(P + "1\t:begin\t:read\tnil").getMessage().isEmpty());
    }
}
