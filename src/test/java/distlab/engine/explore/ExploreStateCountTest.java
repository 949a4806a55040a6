package distlab.engine.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.engine.Session;
import distlab.sim.Simulation;
import distlab.sim.net.MessageStatus;
import distlab.sim.node.NodeId;
import distlab.testing.Lab;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * explore's state counts on tiny models, against a brute-force enumerator that shares none of
 * its machinery: it tries every schedule up to the depth through the command language, with no
 * pruning, and tells states apart by what the lab shows (every node's fields but its clocks and
 * timer deadlines, up or down, its timers, the messages in flight as a multiset, crashes used).
 */
class ExploreStateCountTest {
    /** Fields that tell how a state was reached, not what it is: clocks, and a timer's deadline. */
    private static final Set<String> HOW_REACHED = Set.of("lamport", "vc", "clock", "mono", "offset", "drift", "timer");
    private static final Pattern COUNTS = Pattern.compile("explored [\\d,]+ states, ([\\d,]+) unique");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "spawn 2;net manual;send n1 n2 a;send n1 n2 a;send n2 n1 b | --loss | 20 | 0",
            "spawn 3;net manual;send n1 n2 a;send n2 n3 b;send n3 n1 c | --loss --crashes 1 | 20 | 1",
            "spawn 2 generals;net manual;config rounds=2;decide n1 attack | --loss --goal n1.received == 99 | 20 | 0",
            "spawn 2 generals;net manual;config rounds=3;decide n1 attack | --loss --goal n1.received == 99 | 20 | 0",
            "spawn 3 raft;net manual | --depth 4 | 4 | 0",
            "spawn 3 raft;net manual | --depth 3 --crashes 1 | 3 | 1",
    })
    void uniqueStatesMatchABruteForceCount(String setUp, String options, int depth, int crashes) {
        Lab lab = Lab.create();
        lab.run(setUp.replace(';', '\n'));
        String out = lab.run("explore " + options);
        Matcher m = COUNTS.matcher(out);
        assertTrue(m.find(), out);
        int unique = Integer.parseInt(m.group(1).replace(",", ""));

        Set<String> states = new HashSet<>();
        enumerate(lab.session(), depth, crashes, 0, options.contains("--loss"), states);
        assertEquals(states.size(), unique, out);
    }

    private static void enumerate(Session s, int depth, int crashes, int used, boolean loss, Set<String> states) {
        states.add(key(s, used));
        if (depth == 0) return;
        Session.Checkpoint here = s.checkpoint();
        for (String move : moves(s.sim(), crashes, used, loss)) {
            s.restore(here);
            assertTrue(!s.execute(move).failed(), move);
            enumerate(s, depth - 1, crashes, used + (move.startsWith("crash") ? 1 : 0), loss, states);
        }
        s.restore(here);
    }

    private static List<String> moves(Simulation sim, int crashes, int used, boolean loss) {
        List<String> out = new ArrayList<>();
        for (int m = 1; m <= sim.messages().count(); m++) {
            if (sim.messages().status(m) != MessageStatus.INFLIGHT) continue;
            out.add("deliver m" + m);
            if (loss) out.add("drop m" + m);
        }
        for (NodeId id : sim.nodes()) {
            if (sim.isUp(id) && !sim.pendingTimers(id).isEmpty()) out.add("fire " + id);
            if (crashes > 0 && !sim.isUp(id)) out.add("restart " + id);
            if (sim.isUp(id) && used < crashes) out.add("crash " + id);
        }
        return out;
    }

    /** The state as the lab shows it. */
    private static String key(Session s, int used) {
        Simulation sim = s.sim();
        StringBuilder b = new StringBuilder("crashes " + used);
        for (NodeId id : sim.nodes()) {
            b.append('\n').append(id).append(sim.isUp(id) ? " up " : " down ").append(sim.pendingTimers(id));
            if (s.module() == null) continue;
            for (String field : s.module().nodeFields(id, sim.kind(id))) {
                if (HOW_REACHED.contains(field)) continue;
                try {
                    b.append(' ').append(field).append('=').append(s.paths().resolve(id + "." + field).show());
                } catch (RuntimeException e) {
                    b.append(' ').append(field).append("=?");
                }
            }
        }
        TreeMap<String, Integer> inflight = new TreeMap<>();
        for (int m = 1; m <= sim.messages().count(); m++) {
            if (sim.messages().status(m) != MessageStatus.INFLIGHT) continue;
            inflight.merge(sim.messages().from(m) + ">" + sim.messages().to(m) + " " + sim.messages().payload(m), 1, Integer::sum);
        }
        return b.append('\n').append(inflight).toString();
    }
}
