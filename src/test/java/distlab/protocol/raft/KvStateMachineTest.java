package distlab.protocol.raft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import distlab.protocol.client.KvRequest;
import distlab.sim.node.NodeId;
import java.util.List;
import org.junit.jupiter.api.Test;

class KvStateMachineTest {
    private final NodeId c1 = new NodeId(3, "c1");
    private final KvStateMachine kv = new KvStateMachine();

    private Command cmd(long seq, String kind, String key, String... args) {
        String[] w = new String[args.length + 2];
        w[0] = kind;
        w[1] = key;
        System.arraycopy(args, 0, w, 2, args.length);
        return new Command(TestCluster.request(w), c1, seq);
    }

    @Test
    void putGetAndCas() {
        assertEquals(Outcome.read("none"), kv.apply(cmd(1, "get", "x")));
        assertEquals(Outcome.OK, kv.apply(cmd(2, "put", "x", "1")));
        assertEquals(Outcome.failed(KvStateMachine.CAS_MISMATCH), kv.apply(cmd(3, "cas", "x", "0", "2")));
        assertEquals(Outcome.OK, kv.apply(cmd(4, "cas", "x", "1", "2")));
        assertEquals(Outcome.read("2"), kv.apply(cmd(5, "get", "x")));
    }

    @Test
    void casOnAMissingKeyFailsWithNoSuchKey() {
        assertEquals(Outcome.failed("no such key"), kv.apply(cmd(1, "cas", "z", "0", "1")));
        assertNull(kv.get("z"));
    }

    @Test
    void aDuplicateOfTheLastRequestReturnsItsOutcomeWithoutApplyingAgain() {
        // Lectures 1.3/5.1: a retried non-idempotent op must take effect once.
        kv.apply(cmd(1, "put", "x", "1"));
        assertEquals(Outcome.OK, kv.apply(cmd(2, "cas", "x", "1", "2")));
        kv.apply(new Command(new KvRequest.Put("x", "1"), new NodeId(4, "c2"), 1));
        assertEquals(Outcome.OK, kv.apply(cmd(2, "cas", "x", "1", "2")), "the remembered outcome, though x is 1 again");
        assertEquals("1", kv.get("x"));
    }

    @Test
    void anOlderRequestIsIgnored() {
        kv.apply(cmd(1, "put", "x", "1"));
        kv.apply(cmd(2, "put", "x", "2"));
        assertNull(kv.apply(cmd(1, "put", "x", "1")));
        assertEquals("2", kv.get("x"));
    }

    @Test
    void commandsWithoutAClientAreNeverDeduplicated() {
        Command set = new Command(new KvRequest.Put("k1", "1"), null, 0);
        kv.apply(set);
        kv.apply(new Command(new KvRequest.Put("k1", "2"), null, 0));
        assertEquals("2", kv.get("k1"));
        assertEquals(Outcome.OK, kv.apply(Command.noop()));
    }
}
