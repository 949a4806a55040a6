package distlab.check.linearizability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KvStateTest {
    @Test
    void keysStaySortedAndStatesCompareByContent() {
        KvState a = KvState.EMPTY.with("y", "2").with("x", "1").with("z", "3");
        KvState b = KvState.EMPTY.with("z", "3").with("x", "1").with("y", "2");
        assertEquals("{x=1, y=2, z=3}", a.toString());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("2", a.get("y"));
        assertNull(a.get("w"));
    }

    @Test
    void withLeavesTheOriginalAlone() {
        KvState one = KvState.EMPTY.with("x", "1");
        KvState two = one.with("x", "2");
        assertEquals("1", one.get("x"));
        assertEquals("2", two.get("x"));
        assertNotEquals(one, two);
        assertEquals("{}", KvState.EMPTY.toString());
    }
}
