package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rewind's refusals (one line with the fix), what it keeps, and lines typed during a run. */
class RewindCommandTest {
    private static Session session(String... lines) {
        Session s = new Session(1);
        for (String line : lines) {
            Result r = s.execute(line);
            assertFalse(r.failed(), () -> line + ": " + r.problem());
        }
        return s;
    }

    @Test
    void refusesTheFutureTheStartAndBadWordsInOneLine() {
        Session s = session("spawn 3 raft", "run 1s");
        int events = s.sim().trace().eventCount();
        assertEquals("e" + (events + 5) + " is in the future: the session has e1..e" + events + " (rewind to one of them, or run on)",
                s.execute("rewind e" + (events + 5)).message());
        assertEquals("2s is in the future: it is now 1s (rewind to an earlier time, or run on)", s.execute("rewind 2s").message());
        assertEquals("'ex' is not an event id (events are e1, e2, ...)", s.execute("rewind ex").message());
        assertTrue(s.execute("rewind soon").message().startsWith("bad duration 'soon'"));
        Session fresh = new Session(1);
        assertEquals("nothing to undo: the session is at its start (rewind EVENT|TIME goes to a moment of a run)", fresh.execute("rewind").message());
        assertEquals(events, s.sim().trace().eventCount(), "a refused rewind changes nothing");
    }

    @Test
    void undoGoesBackOverSettingsSpawnsAndVariables() {
        Session s = session("spawn 3", "send n1 n2 hi", "run 1s", "config run=2s", "let a = n2.lamport", "spawn 2");
        assertEquals("nodes: n1 n2 n3 n4 n5", s.nodeList());
        s.execute("rewind");
        assertEquals("nodes: n1 n2 n3", s.nodeList());
        s.execute("rewind");
        assertEquals(List.of("spawn 3", "send n1 n2 hi", "run 1s", "config run=2s"), s.timeline().lines());
        assertFalse(s.variables().containsKey("a"));
        assertEquals(2_000_000, s.runDefaultMicros());
        s.execute("rewind");
        assertEquals(Session.DEFAULT_RUN_MICROS, s.runDefaultMicros());
    }

    @Test
    void aRewindIntoARunKeepsThePartAsAStepAndSeedChangesAreUndone() {
        Session s = session("seed 4", "spawn 3 raft", "run 2s", "seed 9", "spawn 2");
        s.execute("rewind");
        s.execute("rewind");
        assertEquals(4, s.seed(), "undoing seed puts the old seed back");
        s.execute("rewind e30");
        List<String> lines = s.timeline().lines();
        assertTrue(lines.get(lines.size() - 1).matches("step \\d+"), lines.toString());
        assertTrue(s.sim().trace().eventCount() >= 30 && s.sim().now() < 2_000_000);
    }

    @Test
    void aLineTypedDuringARunIsKeptAsACommentAndNoRewindGoesInsideThatRun() {
        Session s = session("spawn 3 raft");
        boolean[] done = {false};
        s.sim().watch(() -> {
            if (!done[0] && s.sim().trace().eventCount() >= 8) {
                done[0] = true;
                s.execute("crash n2"); // as the TUI runs a line typed during an animated run
            }
        });
        s.execute("run 1s");
        assertTrue(done[0]);
        assertEquals("n2.up = false", s.execute("show n2.up").output().strip());
        assertEquals(List.of("spawn 3 raft", "run 1s", "# typed during the run above: crash n2", "show n2.up"), s.timeline().lines());
        s.execute("local n1 x");
        s.execute("rewind e4");
        assertEquals(List.of("spawn 3 raft", "run 1s", "# typed during the run above: crash n2"), s.timeline().lines());
        assertEquals("n2.up = false", s.execute("show n2.up").output().strip());
        s.execute("rewind");
        assertEquals(List.of("spawn 3 raft"), s.timeline().lines(), "undo takes the run and the lines typed during it back together");
    }
}
