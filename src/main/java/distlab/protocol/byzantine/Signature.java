package distlab.protocol.byzantine;

import distlab.sim.node.NodeId;

/** One general's signature on a signed message: who signed, and the code only its key makes. */
record Signature(NodeId signer, long code) {
    /** A signature a traitor makes up for someone else: it cannot compute the right code. */
    static Signature forged(NodeId signer) {
        return new Signature(signer, 0);
    }
}
