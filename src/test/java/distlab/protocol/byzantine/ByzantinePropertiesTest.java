package distlab.protocol.byzantine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import distlab.testing.Lab;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Lamport, Shostak and Pease's theorems, on random traitors, strategies, orders and latencies:
 * OM(m) satisfies IC1 and IC2 whenever there are more than 3m generals and at most m traitors
 * (Theorem 1); SM(m) does for any number of generals with at most m traitors (Theorem 2).
 */
class ByzantinePropertiesTest {
    private static final String[] STRATEGIES = {"lie", "split", "silent", "random"};

    @Property(tries = 150)
    void omGivesAgreementAndValidityWhenNIsAboveThreeM(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2) int m,
            @ForAll @IntRange(min = 1, max = 3) int extra) {
        int n = Math.min(3 * m + extra, 8);
        assertAgreementAndValidity(seed, n, m, "om");
    }

    @Property(tries = 150)
    void smGivesAgreementAndValidityForAnyNumberOfGenerals(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3) int m,
            @ForAll @IntRange(min = 2, max = 7) int n) {
        assertAgreementAndValidity(seed, n, Math.min(m, n - 1), "sm");
    }

    private static void assertAgreementAndValidity(long seed, int n, int m, String algorithm) {
        SplittableRandom random = new SplittableRandom(seed);
        Lab lab = Lab.seeded(seed);
        List<String> script = new ArrayList<>(List.of("spawn " + n + " byzantine", "config algorithm=" + algorithm + " m=" + m,
                "latency 1.." + (1 + random.nextInt(99)) + "ms"));
        List<Integer> generals = new ArrayList<>();
        for (int g = 1; g <= n; g++) generals.add(g);
        Collections.shuffle(generals, new java.util.Random(random.nextLong()));
        int traitors = random.nextInt(m + 1);
        for (int i = 0; i < traitors; i++) script.add("traitor n" + generals.get(i) + " " + STRATEGIES[random.nextInt(STRATEGIES.length)]);
        script.add("order " + (random.nextBoolean() ? "attack" : "retreat"));
        script.add("advance " + (m + 2) + "00ms");
        lab.run(script.toArray(String[]::new));
        String replay = String.join("\n", script);
        assertEquals("true", lab.value("cluster.decided"), replay);
        assertEquals("true", lab.value("cluster.agreement"), replay);
        assertEquals("true", lab.value("cluster.validity"), replay);
    }
}
