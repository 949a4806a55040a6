package distlab.protocol.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** Every mistake is one line that says what would be right. */
class BroadcastBadInputTest {
    @Test
    void broadcastNeedsABroadcastProtocol() {
        assertEquals("broadcast is a command of Broadcast (besteffort, reliable, gossip, fifo, causal, total): spawn some first (e.g. spawn 3 causal)",
                Lab.create().error("broadcast n1 hi"));
        Lab raft = Lab.create();
        raft.run("spawn 3");
        assertTrue(raft.error("broadcast n1 hi").startsWith("broadcast is a command of"));
    }

    @Test
    void broadcastFromAnUnknownOrDownNode() {
        Lab lab = Lab.create();
        lab.run("spawn 3 fifo");
        assertEquals("unknown node 'n9' (nodes: n1 n2 n3)", lab.error("broadcast n9 hi"));
        lab.run("crash n2");
        assertEquals("n2 is down (restart n2 first)", lab.error("broadcast n2 hi"));
        assertEquals("usage: broadcast NODE [PAYLOAD...]", lab.error("broadcast").replaceAll("^missing.*; ", ""));
        lab.run("expect cluster.broadcasts == 0");
    }

    @Test
    void settingsRefuseBadValues() {
        Lab lab = Lab.create();
        lab.run("spawn 3 gossip");
        assertEquals("fanout must be between 1 and 255 (got 0)", lab.error("config fanout=0"));
        assertTrue(lab.error("config relay=eager").startsWith("unknown setting 'relay'"));
        lab.run("reset", "spawn 3 fifo");
        assertEquals("relay must be off or eager, not 'lazy'", lab.error("config relay=lazy"));
        lab.run("reset", "spawn 3 total");
        assertEquals("algorithm must be sequencer or lamport, not 'paxos'", lab.error("config algorithm=paxos"));
        assertEquals("sequencer must be a node's name or first, not '1x'", lab.error("config sequencer=1x"));
    }

    @Test
    void aPayloadHasALimit() {
        Lab lab = Lab.create();
        lab.run("spawn 2 reliable");
        assertEquals("payload too long: 201 characters (at most 200)", lab.error("broadcast n1 " + "x".repeat(201)));
    }

    @Test
    void anUnknownBroadcastOrFieldIsAClearError() {
        Lab lab = Lab.create();
        lab.run("spawn 2 causal", "broadcast n1 hi");
        assertEquals("unknown field 'color' of b1 (it has: sender payload seq deliveredBy)", lab.error("show b1.color"));
        assertTrue(lab.error("show b7.sender").startsWith("unknown path 'b7.sender'"));
    }
}
