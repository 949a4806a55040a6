package distlab.sim;

/**
 * The simulation's one source of randomness: SplitMix64 (Steele, Lea, Flood 2014).
 * Its output is fixed by the algorithm, so a seed gives the same numbers on every JVM.
 */
public final class Rng {
    private long state;

    public Rng(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound). */
    public long nextLong(long bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        // The modulo bias is below bound / 2^63: invisible for the ranges a lab uses.
        return (nextLong() >>> 1) % bound;
    }

    /** Uniform in [min, max], both inclusive. */
    public long between(long min, long max) {
        return min == max ? min : min + nextLong(max - min + 1);
    }

    public int nextInt(int bound) {
        return (int) nextLong(bound);
    }

    /** True with the given probability in percent (0..100). */
    public boolean chance(double percent) {
        if (percent <= 0) return false;
        if (percent >= 100) return true;
        return (nextLong() >>> 11) * 0x1.0p-53 * 100.0 < percent;
    }
}
