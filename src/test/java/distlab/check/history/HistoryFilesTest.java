package distlab.check.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.check.linearizability.KvOp;
import distlab.check.linearizability.KvResult;
import distlab.check.linearizability.Operation;
import distlab.check.linearizability.RegisterOp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files: formats, a byte order mark, line ends, the nemesis, and the size limits. */
class HistoryFilesTest {
    private static final String P = "INFO  jepsen.util - ";

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("h.log");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreAccepted() throws Exception {
        JepsenHistory h = JepsenLogParser.parse(file("\uFEFF" + P + "1 :invoke :write 3\r\n" + P + "1 :ok :write 3\r\n"));
        assertEquals(List.of(Operation.completed(0, "p1", 1, 2, RegisterOp.write("3"),
                distlab.check.linearizability.RegisterResult.ok())), h.operations());
    }

    @Test
    void nemesisEventsAreSkipped() throws Exception {
        JepsenHistory h = JepsenLogParser.parse(file(P + ":nemesis :info :start nil\n" + P + "1 :invoke :read nil\n"));
        assertEquals(1, h.operations().size());
    }

    @Test
    void keyValueOpsInTheJepsenLog() throws Exception {
        var h = JepsenLogParser.parseKv("kv.log", List.of(
                P + "1 :invoke :write [x 3]", P + "1 :ok :write [x 3]",
                P + "2 :invoke :read [x nil]", P + "2 :ok :read [x 3]",
                P + "1 :invoke :cas [y [1 2]]", P + "1 :fail :cas [y [1 2]]",
                P + "3 :invoke :append [x 4]", P + "3 :info :append [x 4]"));
        assertEquals(List.of(
                Operation.completed(0, "p1", 1, 2, KvOp.put("x", "3"), KvResult.ok()),
                Operation.completed(1, "p2", 3, 4, KvOp.get("x"), KvResult.value("3")),
                Operation.completed(2, "p1", 5, 6, KvOp.cas("y", "1", "2"), KvResult.fail()),
                Operation.open(3, "p3", 7, KvOp.append("x", "4"))), h.operations());
        assertEquals(false, h.keyFields());
    }

    @Test
    void keyValueOpsInPorcupinesFormat() throws Exception {
        var h = JepsenLogParser.parseKv("c01.txt", List.of(
                "{:process 0, :type :invoke, :f :append, :key \"0\", :value \"x 0 0 y\"}",
                "{:process 0, :type :ok, :f :append, :key \"0\", :value \"x 0 0 y\"}",
                "{:process 1, :type :invoke, :f :get, :key \"5\", :value nil}",
                "{:process 1, :type :ok, :f :get, :key \"5\", :value \"\"}"));
        assertEquals(List.of(
                Operation.completed(0, "p0", 1, 2, KvOp.append("0", "x 0 0 y"), KvResult.ok()),
                Operation.completed(1, "p1", 3, 4, KvOp.get("5"), KvResult.value(""))), h.operations());
        assertEquals(true, h.keyFields());
        assertEquals(HistoryFormat.EDN, h.format());
    }

    @Test
    void aCompletionMustNameTheKeyOfItsInvoke() {
        HistoryParseException e = assertThrows(HistoryParseException.class, () -> JepsenLogParser.parseKv("kv.log",
                List.of(P + "1 :invoke :read [x nil]", P + "1 :ok :read [y 3]")));
        assertTrue(e.getMessage().startsWith("kv.log:2: error: :ok :read is about key y but its invoke"), e.getMessage());
    }

    @Test
    void anEndlessLineStopsAtTheLineLimit() throws Exception {
        Path f = file("\0".repeat(100_000));
        HistoryParseException e = assertThrows(HistoryParseException.class, () -> JepsenLogParser.parse(f));
        assertEquals(f + ":1: error: line longer than 65,536 characters (is this a history file? Each event goes on"
                + " a line of its own)", e.getMessage());
    }

    @Test
    void tooManyOperationsOrBytesIsOneClearError() throws Exception {
        Path f = file((P + "1 :invoke :write 3\n" + P + "1 :ok :write 3\n").repeat(3));
        HistoryParseException ops = assertThrows(HistoryParseException.class,
                () -> JepsenLogParser.parse(f, HistoryLimits.DEFAULT.withMaxOperations(2)));
        assertEquals(f + ":5: error: more than 2 operations (raise --max-ops, or split the history)", ops.getMessage());
        HistoryParseException bytes = assertThrows(HistoryParseException.class,
                () -> JepsenLogParser.parse(f, HistoryLimits.DEFAULT.withMaxBytes(10)));
        assertTrue(bytes.getMessage().contains("error: the file is larger than 10 bytes (raise --max-bytes"),
                bytes.getMessage());
    }
}
