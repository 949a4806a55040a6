package distlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EngineThreadTest {
    @Test
    void aFailingTaskIsReportedAndTheThreadGoesOn() throws Exception {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        EngineThread engine = new EngineThread(errors::add);
        engine.start();
        CountDownLatch after = new CountDownLatch(1);
        engine.submitLine(false, () -> {
            throw new IllegalStateException("boom");
        });
        engine.submitLine(false, after::countDown);
        assertTrue(after.await(10, TimeUnit.SECONDS));
        assertEquals(1, errors.size());
        assertEquals("boom", errors.get(0).getMessage());
        engine.stop();
    }

    @Test
    void linesRunInOrderAndQueriesJumpTheQueue() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        EngineThread engine = new EngineThread(e -> order.add("error"));
        CountDownLatch done = new CountDownLatch(1);
        engine.submitLine(false, () -> order.add("c1"));
        engine.submitLine(true, () -> order.add("c2"));
        engine.submitQuery(() -> order.add("q"));
        engine.submitLine(false, done::countDown);
        engine.start();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("q", "c1", "c2"), order);
        engine.stop();
    }

    @Test
    void aWaitingPacerServesQueriesAndWakesOnItsCondition() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        EngineThread engine = new EngineThread(e -> order.add("error"));
        boolean[] wake = {false};
        CountDownLatch done = new CountDownLatch(1);
        engine.submitLine(false, () -> {
            engine.serveUntil(Long.MAX_VALUE, () -> wake[0], task -> order.add("interjected"));
            order.add("woke");
            done.countDown();
        });
        engine.start();
        CountDownLatch served = new CountDownLatch(1);
        engine.submitQuery(() -> {
            order.add("query");
            wake[0] = true;
            served.countDown();
        });
        assertTrue(served.await(10, TimeUnit.SECONDS));
        engine.wake();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("query", "woke"), order);
        engine.stop();
    }

    /** Issue 18, item 2: a line that must wait for the run holds back every line behind it. */
    @Test
    void duringARunOnlyTheHeadLineMayCutInAndNothingOvertakesAWaitingLine() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        EngineThread engine = new EngineThread(e -> order.add("error"));
        CountDownLatch queued = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        engine.submitLine(false, () -> {
            try {
                assertTrue(queued.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            // The "run": serve twice, as a pacer does between two events.
            for (int i = 0; i < 2; i++) engine.serveUntil(System.nanoTime() + 200_000_000L, () -> false, task -> {
                order.add("during:");
                task.run();
            });
            order.add("run ends");
        });
        engine.start();
        engine.submitLine(true, () -> order.add("crash"));
        engine.submitLine(false, () -> order.add("let"));
        engine.submitLine(true, () -> order.add("expect"));
        engine.submitLine(false, done::countDown);
        queued.countDown();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("during:", "crash", "run ends", "let", "expect"), order);
        engine.stop();
    }
}
