package distlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EventQueueTest {
    @Test
    void tiesBreakByInsertionOrder() {
        EventQueue q = new EventQueue();
        q.push(10, 1);
        q.push(5, 2);
        q.push(10, 3);
        q.push(5, 4);
        List<Long> order = new ArrayList<>();
        while (!q.isEmpty()) order.add(q.pop());
        assertEquals(List.of(2L, 4L, 1L, 3L), order);
    }

    /** The heap pops in (time, insertion) order for any sequence of pushes. */
    @Property
    void popsInTimeThenInsertionOrder(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 20) Integer> times) {
        EventQueue q = new EventQueue();
        for (int i = 0; i < times.size(); i++) q.push(times.get(i), i);
        long lastTime = -1, lastRef = -1;
        while (!q.isEmpty()) {
            long t = q.peekTime();
            long ref = q.pop();
            assertEquals(times.get((int) ref).longValue(), t);
            assertTrue(t > lastTime || (t == lastTime && ref > lastRef));
            lastTime = t;
            lastRef = ref;
        }
    }
}
