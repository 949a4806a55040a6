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
        engine.submitCommand(() -> {
            throw new IllegalStateException("boom");
        });
        engine.submitCommand(after::countDown);
        assertTrue(after.await(10, TimeUnit.SECONDS));
        assertEquals(1, errors.size());
        assertEquals("boom", errors.get(0).getMessage());
        engine.stop();
    }

    @Test
    void commandsRunInOrderAndQueriesJumpTheQueue() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        EngineThread engine = new EngineThread(e -> order.add("error"));
        CountDownLatch done = new CountDownLatch(1);
        engine.submitCommand(() -> order.add("c1"));
        engine.submitCommand(() -> order.add("c2"));
        engine.submitQuery(() -> order.add("q"));
        engine.submitCommand(done::countDown);
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
        engine.submitCommand(() -> {
            engine.serveQueriesUntil(Long.MAX_VALUE, () -> wake[0]);
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
}
