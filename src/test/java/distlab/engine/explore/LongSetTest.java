package distlab.engine.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {
    @Test
    void agreesWithAHashSetThroughGrowth() {
        LongSet set = new LongSet(4);
        Set<Long> reference = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            long v = random.nextInt(30_000) * 0x9E3779B97F4A7C15L;
            assertEquals(reference.add(v), set.add(v));
        }
        assertEquals(reference.size(), set.size());
        for (long v : reference) assertTrue(set.contains(v));
        assertFalse(set.contains(12345));
    }

    @Test
    void zeroIsAValueLikeAnyOther() {
        LongSet set = new LongSet(4);
        assertFalse(set.contains(0));
        assertTrue(set.add(0));
        assertFalse(set.add(0));
        assertTrue(set.contains(0));
        assertEquals(1, set.size());
    }

    @Test
    void holdsAtMostTwentyTwoBytesAState() {
        LongSet set = new LongSet(16);
        for (long i = 1; i <= 1_000_000; i++) set.add(i * 0x9E3779B97F4A7C15L);
        // 2^21 slots of 8 bytes for 10^6 states: 16.8 bytes each (10.7 to 21.3 as it fills).
        assertTrue(set.bytes() / 1_000_000.0 < 21.4, set.bytes() + " bytes");
    }
}
