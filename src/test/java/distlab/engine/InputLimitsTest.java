package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.engine.query.Parser;
import distlab.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * The limits on what a line may ask for, each one clear line and the session intact after:
 * line length, variables that double themselves, expression depth and size, and numbers of
 * any length (they compare numerically, never "cannot be ordered" or "duration too long").
 */
class InputLimitsTest {
    private static void assertOneLine(String problem) {
        assertFalse(problem.contains("\n"), "one line: " + problem);
        assertFalse(problem.contains("internal error") || problem.contains("Exception"), problem);
        assertTrue(problem.length() < 500, "a short line, not a giant word: " + problem.length());
    }

    @Test
    void aVariableThatDoublesItselfIsStoppedEarlyAndErrorsNeverRepeatIt() {
        Lab lab = Lab.create();
        lab.run("let a = x");
        int doublings = 0;
        String problem = null;
        for (int i = 0; i < 31 && problem == null; i++) {
            var r = lab.session().execute("let a = $a$a");
            if (r.failed()) problem = r.message();
            else doublings++;
        }
        assertEquals(15, doublings, "stopped once a line would pass " + LineSplitter.MAX_LINE_CHARS + " characters");
        assertEquals("line too long once $a is expanded: more than 65536 characters ($a holds 32768)", problem);
        String echoed = lab.error("frobnicate $a");
        assertOneLine(echoed);
        assertTrue(echoed.startsWith("unknown command 'frobnicate'"), echoed);
        assertEquals("time = 0ms\n", lab.run("show time"));
    }

    @Test
    void giantWordsInErrorsAreCutToTheirStartAndLength() {
        Lab lab = Lab.create();
        String word = "q".repeat(20_000);
        String problem = lab.error(word);
        assertOneLine(problem);
        assertTrue(problem.contains("'" + "q".repeat(59) + "…(20002 characters)'"), problem);
    }

    @Test
    void deepNestingIsOneClearLineNotAStackOverflow() {
        Lab lab = Lab.create();
        lab.run("spawn 2");
        String parens = "(".repeat(3_000) + "n1.up" + ")".repeat(3_000);
        assertEquals("expression nested too deeply: at most " + Parser.MAX_DEPTH + " levels of parentheses and 'not'",
                lab.error("expect " + parens));
        assertEquals("expression nested too deeply: at most " + Parser.MAX_DEPTH + " levels of parentheses and 'not'",
                lab.error("expect " + "not ".repeat(5_000) + "n1.up"));
        assertEquals("expression too long: at most " + Parser.MAX_CONDITIONS + " conditions (split it over several lines)",
                lab.error("expect n1.up" + " and n1.up".repeat(10_000).substring(0, 60_000)));
        assertEquals("ok\n", lab.run("expect " + "(".repeat(50) + "not not n1.up" + ")".repeat(50)));
        assertEquals("ok\n", lab.run("expect n1.up" + " and n1.up".repeat(999)), "a long chain is a list, not a deep tree");
        assertEquals("ok\n", lab.run("expect not n1.up or n2.up and n1.up"), "'not' binds tighter than 'and', 'and' than 'or'");
    }

    @Test
    void numbersOfAnyLengthCompareNumerically() {
        Lab lab = Lab.create();
        lab.run("spawn 2");
        assertEquals("ok\n", lab.run("expect 1234567890123456 < 1234567890123457"));
        assertEquals("ok\n", lab.run("expect 123456789012345678 > -123456789012345678"));
        assertEquals("ok\n", lab.run("expect 99999999999999999999 > 99999999999999999998"));
        assertEquals("ok\n", lab.run("expect time < 99999999999999999999"), "a bare number beside a duration is ms");
        assertEquals("ok\n", lab.run("expect n1.lamport < 99999999999999999999"));
        assertEquals("x == 99999999999999999999 (actual: x is not a path or id, so compared as written)",
                lab.error("expect x == 99999999999999999999"));
        assertTrue(lab.error("expect time < 99999999999999999999ms").contains("is too long"), "a duration still has a limit");
    }

    @Test
    void vectorsWithMissingEntriesCompareAsZeros() {
        Lab lab = Lab.create();
        assertEquals("ok\n", lab.run("expect [1] == [1,0]"));
        assertEquals("ok\n", lab.run("expect [1] != [1,1] and [1] < [1,1]"));
    }
}
