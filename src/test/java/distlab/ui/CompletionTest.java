package distlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.engine.Session;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompletionTest {
    private Session session;
    private Completion completion;

    @BeforeEach
    void setUp() {
        session = new Session(1);
        completion = new Completion(session, List.of("speed"));
    }

    private List<String> candidates(String line) {
        return completion.complete(line).candidates();
    }

    @Test
    void commandNames() {
        assertEquals(List.of("spawn"), candidates("spa"));
        assertEquals(List.of("send", "step", "show", "seed", "speed"), candidates("s").stream()
                .filter(c -> List.of("send", "step", "show", "seed", "speed").contains(c)).toList());
        assertTrue(candidates("").contains("deliver"));
        assertEquals("spawn", completion.complete("spa").commonPrefix());
        assertEquals(0, completion.complete("spa").wordStart());
    }

    @Test
    void nodesMessagesAndAll() {
        session.execute("spawn 3");
        session.execute("net manual");
        session.execute("send n1 n2 a");
        session.execute("send n2 n3 b");
        session.execute("deliver m1");
        assertEquals(List.of("n1", "n2", "n3"), candidates("send n"));
        assertEquals(List.of("n1", "n2", "n3"), candidates("send n1 n"));
        assertEquals(List.of(), candidates("send n1 n2 "), "the payload is free text");
        assertEquals(List.of("m2", "all"), candidates("deliver "), "only messages in flight, then all");
        assertEquals(List.of("n1", "n2", "n3", "all"), candidates("restart "));
        assertEquals(11, completion.complete("deliver m2 m").wordStart());
    }

    @Test
    void aProtocolsOwnObjectsAndTheirFields() {
        session.execute("spawn 2 causal");
        session.execute("broadcast n1 a");
        session.execute("broadcast n2 b");
        assertEquals(List.of("b1", "b2"), candidates("show b"));
        assertEquals(List.of("b2.sender", "b2.payload", "b2.seq", "b2.deliveredBy"), candidates("show b2."));
    }

    @Test
    void pathsForShowExpectAndRunUntil() {
        session.execute("spawn 2");
        assertEquals(List.of("n1.up", "n1.lamport", "n1.vc", "n1.clock", "n1.mono", "n1.offset", "n1.drift"), candidates("show n1."));
        assertEquals(List.of("n1.vc"), candidates("expect n1.v"));
        assertTrue(candidates("show ").containsAll(List.of("time", "cluster.", "n1.", "n2.")));
        assertTrue(candidates("show cluster.").contains("cluster.inflight"));
        assertEquals(List.of("until"), candidates("run 5s u"));
        assertEquals(List.of("n2.lamport"), candidates("run 5s until n2.l"));
        session.execute("local n1");
        assertEquals(List.of("e1"), candidates("expect e1"));
    }

    @Test
    void optionsSettingsProtocolsModesAndHelpTopics() {
        assertEquals(List.of("--last"), candidates("events --l"));
        assertEquals(List.of("loss=", "latency="), candidates("config l").stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertTrue(candidates("spawn 3 ").contains("plain"));
        assertEquals(List.of(), candidates("spawn "), "a count or names come first");
        assertEquals(List.of("auto", "manual"), candidates("net "));
        assertEquals(List.of("spawn", "speed"), candidates("help sp").stream().filter(c -> !c.equals("send")).toList());
        assertEquals(List.of("max"), candidates("speed m"));
        assertEquals(List.of("linearizable"), candidates("check l"));
        assertEquals(List.of("4.1", "4.2", "4.3"), candidates("lecture 4."));
        assertEquals(List.of(), candidates("nosuch x"));
    }

    @Test
    void commonPrefixOfSeveral() {
        session.execute("spawn alpha alps beta");
        assertEquals("alp", completion.complete("send al").commonPrefix());
        assertEquals(List.of("alpha", "alps"), candidates("send al"));
    }

    @Test
    void opFieldsSettingValuesAndWordsOfTheDeclaration() {
        session.execute("spawn 3 raft");
        session.execute("put x 1");
        assertTrue(candidates("show op1.").containsAll(List.of("op1.status", "op1.invoked", "op1.completed")), candidates("show op1.").toString());
        assertEquals(List.of("bug=none", "bug=nologcheck", "bug=oldterms", "bug=forgetvote"), candidates("config bug="));
        assertEquals(List.of("auto", "manual"), candidates("net "));
        assertEquals(List.of("linearizable"), candidates("check "));
        assertTrue(candidates("timeout ").containsAll(List.of("n1", "n2", "n3", "leader")));
        assertEquals(List.of("--client"), candidates("put x 1 --"));
        assertTrue(candidates("fails cr").contains("crash"), "fails completes the command it wraps");
    }
}
