package distlab.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.engine.Protocols;
import distlab.engine.Session;
import distlab.testing.Lab;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of random, mostly malformed lines in script mode: no exception may escape, no
 * internal error may be reported, and every error line must name the script and a line
 * that exists.
 */
class FuzzTest {
    private static final Pattern PROBLEM = Pattern.compile("^fuzz\\.lab:(\\d+): (error|expect failed): \\S.*$");
    private static final String[] PIECES = {"n1", "n2", "n3", "n9", "m1", "m2", "m7", "e1", "e3", "e99", "op1", "c1", "all",
        "leader", "none", "cluster.leader", "n1.vc", "n2.lamport", "time", "e1.vc", "m1.status", "-1", "0", "3", "10000000",
        "150ms", "2s", "-5ms", "1.5", "[1,0,0]", "[", "]", "{a,b}", "\"quoted text\"", "\"open", "->", "||", "==", "!=", "<",
        ">=", "and", "or", "not", "(", ")", "until", "|", "x", "=", "$v", "--client", "--last", "5..15ms", "n1->n2", "é", "\t",
        "#comment", "99999999999999999999", "leader.kv.x", "op1.status", "cluster.safe", ".length", "n1.log.length"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomLinesNeverBreakTheLab(long seed) {
        Random random = new Random(seed);
        List<String> commands = new ArrayList<>(new Session(1).commands().names());
        commands.removeAll(List.of("quit", "exit", "seed"));
        commands.addAll(Protocols.names());
        StringBuilder script = new StringBuilder("spawn 3\n");
        int lines = 2000;
        for (int i = 1; i < lines; i++) {
            StringBuilder line = new StringBuilder();
            if (random.nextInt(10) > 0) line.append(commands.get(random.nextInt(commands.size())));
            int words = random.nextInt(6);
            for (int w = 0; w < words; w++) {
                line.append(' ');
                line.append(random.nextInt(8) == 0 ? randomJunk(random) : PIECES[random.nextInt(PIECES.length)]);
            }
            if (line.toString().startsWith("run") || line.toString().startsWith("advance")) line = new StringBuilder("advance 10ms");
            script.append(line).append('\n');
        }
        Lab.Transcript t = Lab.script("fuzz.lab", script.toString(), seed, true);
        assertFalse(t.stderr().contains("internal error"), t.stderr());
        int problems = 0;
        for (String problem : t.stderr().split("\n")) {
            if (problem.isEmpty()) continue;
            problems++;
            Matcher m = PROBLEM.matcher(problem);
            assertTrue(m.matches(), "not a FILE:LINE: problem line: " + problem);
            int line = Integer.parseInt(m.group(1));
            assertTrue(line >= 1 && line <= lines, problem);
        }
        assertFalse(t.stdout().contains("Exception"), "a stack trace reached stdout");
        assertTrue(problems > lines / 4, "the fuzzer should mostly produce bad lines, saw " + problems + " errors");
        assertTrue(t.stdout().split("\n> ").length > lines / 2, "every line should have been echoed and run");
    }

    private static String randomJunk(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) b.append((char) (33 + random.nextInt(94)));
        return b.toString();
    }
}
