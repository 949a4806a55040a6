package distlab.check.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.check.linearizability.CasRegisterModel;
import distlab.check.linearizability.LinearizabilityChecker;
import distlab.check.linearizability.Operation;
import distlab.check.linearizability.RegisterOp;
import distlab.check.linearizability.RegisterResult;
import distlab.check.linearizability.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every completion form of a Jepsen log, with and without a keyword value, as Jepsen means it
 * (docs/history-checker.md, "Completions"): :ok happened, :fail did not happen (a cas repeating
 * its value answered false), :info may have happened at any time after its invoke, or never.
 */
class CompletionFormsTest {
    private static final String P = "INFO  jepsen.util - ";

    private static List<Operation<RegisterOp, RegisterResult>> ops(String... lines) throws HistoryParseException {
        return JepsenLogParser.parse("h.log", List.of(lines)).operations();
    }

    private static Verdict verdict(String... lines) throws HistoryParseException {
        return LinearizabilityChecker.check(new CasRegisterModel(), ops(lines)).verdict();
    }

    @Test
    void aWriteThatFailedWithTimedOutDidNotHappen() throws Exception {
        // Linearizable: the failed write never took effect, so the register is still nil.
        assertEquals(Verdict.LINEARIZABLE, verdict(
                P + "1 :invoke :write 2",
                P + "1 :fail :write :timed-out",
                P + "2 :invoke :read nil",
                P + "2 :ok :read nil"));
    }

    @Test
    void aCasThatFailedWithTimedOutDidNotHappen() throws Exception {
        assertEquals(Verdict.LINEARIZABLE, verdict(
                P + "1 :invoke :write 1",
                P + "1 :ok :write 1",
                P + "1 :invoke :cas [1 2]",
                P + "1 :fail :cas :timed-out",
                P + "2 :invoke :read nil",
                P + "2 :ok :read 1"));
    }

    @Test
    void aWriteThatFailedWithItsValueDidNotHappenEither() throws Exception {
        assertEquals(List.of(), ops(P + "1 :invoke :write 2", P + "1 :fail :write 2"));
        assertEquals(Verdict.NOT_LINEARIZABLE, verdict(
                P + "1 :invoke :write 2",
                P + "1 :fail :write 2",
                P + "2 :invoke :read nil",
                P + "2 :ok :read 2"));
    }

    @Test
    void aCasThatFailedWithItsValueAnsweredFalse() throws Exception {
        assertEquals(List.of(Operation.completed(0, "p1", 1, 2, RegisterOp.cas("1", "2"), RegisterResult.fail())),
                ops(P + "1 :invoke :cas [1 2]", P + "1 :fail :cas [1 2]"));
        // It answered false, so the register did not hold 1 when it ran.
        assertEquals(Verdict.NOT_LINEARIZABLE, verdict(
                P + "1 :invoke :write 1",
                P + "1 :ok :write 1",
                P + "1 :invoke :cas [1 2]",
                P + "1 :fail :cas [1 2]"));
    }

    @Test
    void okGivesTheResultAndAKeywordIsAValueThere() throws Exception {
        assertEquals(List.of(Operation.completed(0, "p1", 1, 2, RegisterOp.read(), RegisterResult.value(":unset"))),
                ops(P + "1 :invoke :read nil", P + "1 :ok :read :unset"));
        HistoryParseException e = assertThrows(HistoryParseException.class,
                () -> ops(P + "1 :invoke :write 2", P + "1 :ok :write :timed-out"));
        assertTrue(e.getMessage().contains("does not match its invoke 2 on line 1"), e.getMessage());
    }

    @Test
    void infoLeavesTheOperationOpenWhateverItsValue() throws Exception {
        assertEquals(List.of(Operation.open(0, "p1", 1, RegisterOp.write("2")),
                        Operation.open(1, "p2", 3, RegisterOp.cas("1", "2")),
                        Operation.open(2, "p3", 5, RegisterOp.read())),
                ops(P + "1 :invoke :write 2", P + "1 :info :write :timed-out",
                        P + "2 :invoke :cas [1 2]", P + "2 :info :cas [1 2]",
                        P + "3 :invoke :read nil", P + "3 :info :read nil"));
        // Open: it may take effect late (after the first read) ...
        assertEquals(Verdict.LINEARIZABLE, verdict(
                P + "1 :invoke :write 2", P + "1 :info :write :timed-out",
                P + "2 :invoke :read nil", P + "2 :ok :read nil",
                P + "2 :invoke :read nil", P + "2 :ok :read 2"));
        // ... but not before it was invoked.
        assertEquals(Verdict.NOT_LINEARIZABLE, verdict(
                P + "2 :invoke :read nil", P + "2 :ok :read 2",
                P + "1 :invoke :write 2", P + "1 :info :write :timed-out"));
    }

    @Test
    void aProcessMayInvokeAgainAfterInfo() throws Exception {
        List<Operation<RegisterOp, RegisterResult>> ops = ops(
                P + "1 :invoke :write 2", P + "1 :info :write :timed-out",
                P + "1 :invoke :read nil", P + "1 :ok :read 2");
        assertEquals(List.of(Operation.open(0, "p1", 1, RegisterOp.write("2")),
                Operation.completed(1, "p1", 3, 4, RegisterOp.read(), RegisterResult.value("2"))), ops);
        assertEquals(Verdict.LINEARIZABLE, LinearizabilityChecker.check(new CasRegisterModel(), ops).verdict());
    }

    @Test
    void theSameRulesHoldForEdnMaps() throws Exception {
        assertEquals(Verdict.LINEARIZABLE, verdict(
                "{:process 1, :type :invoke, :f :write, :value 2}",
                "{:process 1, :type :fail, :f :write, :value :timed-out}",
                "{:process 2, :type :invoke, :f :read, :value nil, :time 5}",
                "{:process 2, :type :ok, :f :read, :value nil, :time 6}",
                "{:process :nemesis, :type :info, :f :start, :value nil}"));
    }
}
