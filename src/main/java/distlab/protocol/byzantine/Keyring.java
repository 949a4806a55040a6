package distlab.protocol.byzantine;

import distlab.sim.node.NodeId;
import java.util.List;

/**
 * Unforgeable signatures, simulated (Lamport, Shostak and Pease's assumption A4: a loyal
 * general's signature cannot be forged, and anyone can verify it). A signature's code mixes the
 * signer's secret with what it signs: the value and the signers before it. A general signs only
 * with its own secret; a traitor that claims another's signature has to guess the code, and
 * verification exposes the guess.
 */
final class Keyring {
    private Keyring() {}

    /** The code {@code signer} puts on {@code value} after the chain {@code before}; never 0. */
    static long code(NodeId signer, Order value, List<Signature> before) {
        long h = mix(0x9E3779B97F4A7C15L * (signer.index() + 1L) ^ 0x5DEECE66DL);
        h = mix(h ^ value.ordinal());
        for (Signature s : before) h = mix(h ^ s.code());
        return h | 1;
    }

    static Signature sign(NodeId signer, Order value, List<Signature> before) {
        return new Signature(signer, code(signer, value, before));
    }

    /** Whether every signature of the chain is its signer's true code. */
    static boolean verify(Order value, List<Signature> chain) {
        for (int i = 0; i < chain.size(); i++) {
            Signature s = chain.get(i);
            if (s.code() != code(s.signer(), value, chain.subList(0, i))) return false;
        }
        return true;
    }

    /** The first signer whose signature does not verify, or null. */
    static NodeId badSigner(Order value, List<Signature> chain) {
        for (int i = 0; i < chain.size(); i++) {
            Signature s = chain.get(i);
            if (s.code() != code(s.signer(), value, chain.subList(0, i))) return s.signer();
        }
        return null;
    }

    /** SplitMix64's finaliser: a good 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
