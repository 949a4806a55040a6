package distlab.protocol.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.testing.Lab;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lecture 2.3: over a fair-loss link (any loss below 100%, duplication, reordering),
 * retransmission plus deduplication delivers every message exactly once, as long as neither
 * end crashes.
 */
class ReliableLinkPropertiesTest {
    @Property(tries = 60)
    void retryPlusDedupMakesAFairLossLinkReliable(
            @ForAll @IntRange(min = 1, max = 100_000) int seed,
            @ForAll @IntRange(min = 0, max = 70) int lossPercent,
            @ForAll @IntRange(min = 0, max = 50) int dupPercent,
            @ForAll @IntRange(min = 1, max = 12) int messages) {
        Lab lab = Lab.seeded(seed);
        lab.run("spawn 3 link", "latency 1..40ms", "loss " + lossPercent, "dup " + dupPercent, "config retransmit=30ms dedup=on");
        for (int i = 0; i < messages; i++) lab.run("send n" + (1 + i % 3) + " n" + (1 + (i + 1) % 3) + " p" + i);
        lab.run("run 60s until cluster.reliable and n1.unacked == 0 and n2.unacked == 0 and n3.unacked == 0");
        assertEquals("true", lab.value("cluster.reliable"));
        assertEquals("true", lab.value("cluster.nodup"));
        int delivered = 0;
        for (int n = 1; n <= 3; n++) delivered += Integer.parseInt(lab.value("n" + n + ".delivered.length"));
        assertEquals(messages, delivered);
    }
}
