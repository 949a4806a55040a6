package distlab.protocol.quorum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/** Bad input to the quorum protocol: one clear line each, and the session carries on unharmed. */
class QuorumBadInputTest {
    private static Lab cluster() {
        Lab lab = Lab.create();
        lab.run("spawn 3 quorum", "put x 1", "advance 1s");
        return lab;
    }

    @Test
    void rAndWMustBeBetweenOneAndN() {
        Lab lab = cluster();
        assertEquals("r=4 is outside 1..3: there are 3 replicas (use 1..3, or one, quorum, all)", lab.error("config r=4"));
        assertEquals("w=0 is outside 1..3: there are 3 replicas (use 1..3, or one, quorum, all)", lab.error("config w=0"));
        assertEquals("r must be a number of replicas or one, quorum, all; not 'most'", lab.error("config r=most"));
        assertEquals("readrepair must be on or off, not 'maybe'", lab.error("config readrepair=maybe"));
        assertEquals("timeout must be more than 0 (e.g. timeout=1s)", lab.error("config timeout=0"));
        assertTrue(lab.error("config quorum=2").startsWith("unknown setting 'quorum' (settings: "));
        // nothing changed
        lab.assertValue("cluster.r", "2");
        lab.assertValue("cluster.w", "2");
    }

    @Test
    void configWarnsWhenReadAndWriteQuorumsNeedNotOverlap() {
        Lab lab = cluster();
        String out = lab.run("config r=1 w=2");
        assertTrue(out.contains("warning: r + w = 1 + 2 <= n = 3"), out);
        assertTrue(!lab.run("config r=2").contains("warning"));
    }

    @Test
    void symbolicSizesFollowNWhileNumbersStay() {
        Lab lab = cluster();
        lab.run("config r=2 w=all", "spawn 2");
        lab.assertValue("cluster.r", "2");
        lab.assertValue("cluster.w", "5");
        String out = lab.run("config");
        assertTrue(out.contains("r=2 ") && out.contains("w=all (5)"), out);
        assertTrue(lab.run("config w=quorum").contains("warning: r + w = 2 + 3 <= n = 5"));
    }

    @Test
    void badKeysClientsAndPaths() {
        Lab lab = cluster();
        assertEquals("n1.kv needs a key: n1.kv.KEY (keys: x)", lab.error("show n1.kv"));
        assertEquals("bad key 'a.b' in n1.kv.a.b (keys are letters, digits, _ or -)", lab.error("show n1.kv.a.b"));
        assertEquals("c1 is a client: kv.x belongs to replicas (n1.kv.x)", lab.error("show c1.kv.x"));
        assertEquals("bad client 'zz': clients are named c1, c2, ...", lab.error("put x 1 --client zz"));
        assertEquals("n2 is a server, not a client (clients are c1, c2, ...)", lab.error("get x --client n2"));
        assertTrue(lab.error("cas x 1 2").startsWith("cas is a command of raft; this session runs quorum (reset, then e.g. spawn 3 raft)"));
        assertEquals("'none' cannot be written: it means never written (use another word)", lab.error("put x none"));
        assertTrue(lab.error("show n1.bogus").contains("n1 has: up lamport vc clock mono offset drift keys kv.x ts.x"));
        // a key never written reads as none: not an error
        lab.assertValue("n1.kv.y", "none");
        lab.run("get y", "advance 1s");
        lab.assertValue("op2.value", "none");
        // the session is unharmed
        lab.run("get x", "advance 1s");
        lab.assertValue("op3.value", "1");
    }
}
