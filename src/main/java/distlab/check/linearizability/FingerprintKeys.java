package distlab.check.linearizability;

import java.util.SplittableRandom;

/**
 * The terms of the 128-bit fingerprints that {@link FingerprintCache} keeps (Zobrist hashing):
 * two random 64-bit keys per operation, xored in and out as operations are linearized and
 * undone, and two injective mixes of the state id.
 */
final class FingerprintKeys {
    private static final long ZOBRIST_SEED = 0x5EED0F11E4L;

    private FingerprintKeys() {}

    /** Fixed seed: hashing only affects speed, never the verdict or the search order. */
    static void fill(long[] hi, long[] lo) {
        SplittableRandom random = new SplittableRandom(ZOBRIST_SEED);
        for (int i = 0; i < hi.length; i++) {
            hi[i] = random.nextLong();
            lo[i] = random.nextLong();
        }
    }

    /** Injective in the state (a bijection of 64-bit words), so different states never share a term. */
    static long stateHi(int state) {
        long z = state + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long stateLo(int state) {
        long z = state + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
