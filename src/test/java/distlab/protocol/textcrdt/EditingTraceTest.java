package distlab.protocol.textcrdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.EditingTrace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conformance on real data (src/test/resources/conformance/editing-trace): the 259,778 edits of
 * a real paper's LaTeX source, replayed as local edits on one replica, give exactly the known
 * final text; so does a second replica that starts empty and applies every operation the first
 * sent. (How fast: EditingTraceBench.)
 */
class EditingTraceTest {
    private static EditingTrace trace;

    @BeforeAll
    static void load() {
        trace = EditingTrace.load();
    }

    @Test
    void theTraceHasTheEditsItsReadmeCounts() {
        int inserts = 0;
        for (boolean i : trace.insert) if (i) inserts++;
        assertEquals(259_778, trace.size());
        assertEquals(182_315, inserts);
        assertEquals(104_852, trace.finalText.codePointCount(0, trace.finalText.length()));
    }

    @Test
    void replayingLocallyAndMergingIntoAnEmptyReplicaBothGiveTheFinalText() {
        TextCrdt local = new TextCrdt(0);
        CharOp[] ops = new CharOp[trace.size()];
        for (int i = 0; i < trace.size(); i++) {
            ops[i] = trace.insert[i] ? local.insert(trace.index[i], trace.codePoint[i]) : local.delete(trace.index[i]);
        }
        assertEquals(trace.finalText, local.text());
        TextCrdt merged = new TextCrdt(1);
        for (CharOp op : ops) assertTrue(merged.apply(op), () -> "could not apply " + op);
        assertEquals(trace.finalText, merged.text());
        assertEquals(local.positions(), merged.positions());
    }
}
