package distlab.sim.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StructuralHashTest {
    enum Role { FOLLOWER, LEADER }

    record Entry(int term, String command) {}

    static final class Node {
        int term;
        Role role = Role.FOLLOWER;
        List<Entry> log = new ArrayList<>();
        Set<String> votes = new HashSet<>();
        Map<Integer, String> leaders = new HashMap<>();
        @NotState long timerId;
        Node self = this;
    }

    private final StructuralHash hash = new StructuralHash();

    private static Node node(long timer, String... votes) {
        Node n = new Node();
        n.term = 2;
        n.log.add(new Entry(1, "put x 1"));
        n.leaders.put(1, "n1");
        n.timerId = timer;
        for (String v : votes) n.votes.add(v);
        return n;
    }

    @Test
    void equalStructuresHashEqualWhateverTheirIdentityOrOrder() {
        Node a = node(5, "n1", "n2", "n3");
        Node b = node(99, "n3", "n1", "n2");
        // Sets built in another order and with another capacity are the same set.
        Set<String> big = new LinkedHashSet<>(1024);
        big.add("n2");
        big.add("n3");
        big.add("n1");
        b.votes = big;
        assertEquals(hash.of(a), hash.of(b));
    }

    @Test
    void everyStateFieldCounts() {
        long base = hash.of(node(1, "n1"));
        Node term = node(1, "n1");
        term.term = 3;
        Node role = node(1, "n1");
        role.role = Role.LEADER;
        Node log = node(1, "n1");
        log.log.add(new Entry(2, "put y 2"));
        Node order = node(1, "n1");
        order.log.add(0, new Entry(2, "put y 2"));
        Node votes = node(1, "n1", "n2");
        Node leaders = node(1, "n1");
        leaders.leaders.put(1, "n2");
        for (Node changed : List.of(term, role, log, votes, leaders)) assertNotEquals(base, hash.of(changed));
        assertNotEquals(hash.of(log), hash.of(order), "a list is ordered");
    }

    @Test
    void nullsAndEmptyCollectionsDiffer() {
        Node a = node(1);
        Node b = node(1);
        b.votes = null;
        assertNotEquals(hash.of(a), hash.of(b));
    }
}
