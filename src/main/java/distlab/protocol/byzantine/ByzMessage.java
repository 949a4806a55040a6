package distlab.protocol.byzantine;

import distlab.sim.node.NodeId;
import java.util.List;
import java.util.stream.Collectors;

/** The messages of OM(m) and SM(m) (Lamport, Shostak and Pease 1982). */
sealed interface ByzMessage {
    /**
     * An oral message: {@code path} is the chain of generals it passed through, the commander
     * first and the sender last, so {@code attack:n1:n3} reads "n3 says n1 said attack".
     */
    record Oral(Order value, List<NodeId> path) implements ByzMessage {
        public Oral {
            path = List.copyOf(path);
        }

        @Override public String toString() {
            return "OM " + value.word() + path.stream().map(n -> ":" + n).collect(Collectors.joining());
        }
    }

    /** A signed message {@code v:0:j1:...:jk}: the value and its chain of signatures, the commander's first. */
    record Signed(Order value, List<Signature> chain) implements ByzMessage {
        public Signed {
            chain = List.copyOf(chain);
        }

        List<NodeId> signers() {
            return chain.stream().map(Signature::signer).toList();
        }

        @Override public String toString() {
            return "SM " + value.word() + chain.stream().map(s -> ":" + s.signer()).collect(Collectors.joining());
        }
    }
}
