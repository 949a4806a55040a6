package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.testing.Lab;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad line gets one clear line saying what is wrong and what would be right, and changes nothing. */
class BadInputTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "spawn 10000000        ~ COUNT must be between 1 and 256",
        "spawn 0               ~ COUNT must be between 1 and 256",
        "spawn 3 raftx         ~ unknown protocol 'raftx' (protocols: plain",
        "spawn n1              ~ a node named 'n1' already exists",
        "spawn all             ~ 'all' is a reserved word",
        "spawn m7              ~ looks like a message, event, op, client",
        "send n1 n9            ~ unknown node 'n9' (nodes: n1 n2 n3)",
        "send n1               ~ missing TO; usage: send FROM TO [PAYLOAD...]",
        "send n1 n1 hi         ~ cannot send to itself",
        "send n1 n2 \"moon     ~ unterminated quote",
        "deliver m99           ~ unknown message 'm99' (messages: m1)",
        "deliver m1 m1         ~ m1 is named twice",
        "deliver all m1        ~ 'all' stands alone",
        "drop x1               ~ 'x1' is not a message id",
        "step -1               ~ N must be between 1 and",
        "step abc              ~ N must be a whole number",
        "advance -5ms          ~ negative duration",
        "advance 5 parsecs     ~ unexpected 'parsecs'; usage: advance DURATION",
        "advance forever       ~ bad duration 'forever'",
        "run 7200s             ~ longer than the maximum 3600s",
        "run 1s until          ~ missing expression",
        "run 1s whenever x     ~ usage: run [DURATION] [until EXPR]",
        "latency 20..5ms       ~ the minimum must be <= the maximum",
        "latency 5ms n1        ~ bad link 'n1'",
        "loss 150              ~ at most 100",
        "dup x                 ~ 'x' is not a percentage",
        "partition n1 | n1     ~ n1 is in two groups",
        "partition n1 |        ~ empty group",
        "cut n1 n1             ~ a link joins two different nodes",
        "restart n2            ~ n2 is already up",
        "crash leader          ~ 'leader' needs a protocol with leaders (raft)",
        "show nothing.here     ~ unknown path 'nothing.here'",
        "show n1.nope          ~ unknown field 'nope' of n1 (n1 has: up lamport vc clock mono offset drift)",
        "show m1.nope          ~ unknown field 'nope' of m1",
        "let 1x = 2            ~ bad variable name '1x'",
        "let x 2               ~ missing '='; usage: let NAME = EXPR",
        "send $nope n2         ~ unknown variable '$nope'",
        "config foo=1          ~ unknown setting 'foo' (settings: net latency bandwidth loss dup run runmax)",
        "config loss=x         ~ 'x' is not a percentage",
        "config loss           ~ 'loss' is not KEY=VALUE",
        "net sideways          ~ MODE must be auto or manual, not 'sideways'; usage: net auto | net manual",
        "put x 1               ~ put is a command of quorum and raft; this session runs plain (reset, then e.g. spawn 3 quorum)",
        "help nonexistent      ~ no command 'nonexistent'",
        "spwan 3               ~ unknown command 'spwan' (did you mean spawn?)",
        "lecture 9.9           ~ no lecture '9.9'",
        "note hello            ~ no lecture open to file the note under",
        "expect n1.vc == [1,0  ~ unterminated '['",
        "events --last 0       ~ N must be between 1 and",
        "diagram sideways      ~ ROWS must be a whole number",
        "seed abc              ~ the seed must be a whole number",
        "messages some         ~ usage: messages [all]",
    })
    void oneClearLine(String line, String expected) {
        Lab lab = Lab.create();
        lab.run("spawn 3", "net manual", "send n1 n2 hi");
        String before = lab.run("events --all") + lab.run("messages all");
        String problem = lab.error(line);
        assertTrue(problem.contains(expected), "'" + line + "' said: " + problem);
        assertFalse(problem.contains("\n"), "one line only: " + problem);
        assertFalse(problem.contains("internal error"), problem);
        assertEquals(before, lab.run("events --all") + lab.run("messages all"), "a bad command changed the session");
    }
}
