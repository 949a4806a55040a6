package distlab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.ui.script.ScriptRunner;
import distlab.ui.script.ScriptSource;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A session driven from tests: run commands, read values, check failures. */
public final class Lab {
    private final Session session;

    private Lab(long seed) {
        this.session = new Session(seed);
    }

    public static Lab seeded(long seed) {
        return new Lab(seed);
    }

    public static Lab create() {
        return new Lab(1);
    }

    /** Three quorum replicas with manual delivery, then each {@code config} setting given. */
    public static Lab manualQuorum(String... settings) {
        Lab lab = create();
        lab.run("spawn 3 quorum", "net manual");
        for (String setting : settings) lab.run("config " + setting);
        return lab;
    }

    public Session session() {
        return session;
    }

    /** Runs each line; any error or failed expectation fails the test. Returns the output. */
    public String run(String... lines) {
        StringBuilder out = new StringBuilder();
        for (String script : lines) {
            for (String line : script.split("\n")) {
                Result r = session.execute(line);
                out.append(r.output());
                if (r.failed()) fail("'" + line + "' -> " + r.problem() + "\noutput so far:\n" + out);
            }
        }
        return out.toString();
    }

    /** Runs one line that must fail, and returns its one-line problem. */
    public String error(String line) {
        Result r = session.execute(line);
        if (!r.failed()) fail("expected '" + line + "' to fail, but it printed:\n" + r.output());
        return r.message();
    }

    /** Runs one line whose expectation must fail, and returns the failure (without "expect failed: "). */
    public String expectationFailure(String line) {
        Result r = session.execute(line);
        if (r.status() != Result.Status.EXPECT_FAILED) fail("expected '" + line + "' to fail an expectation, but: " + r);
        return r.message();
    }

    /** The value of a path, as show prints it. */
    public String value(String path) {
        String out = run("show " + path);
        String prefix = path + " = ";
        if (!out.startsWith(prefix)) fail("unexpected show output: " + out);
        return out.substring(prefix.length()).strip();
    }

    public void assertValue(String path, String expected) {
        assertEquals(expected, value(path), path);
    }

    /** Transcript of a whole script in script mode: stdout, stderr and exit status. */
    public record Transcript(String stdout, String stderr, int status) {}

    public static Transcript script(String name, String text, long seed, boolean keepGoing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = new ScriptRunner(new Session(seed), o, e, keepGoing)
                .run(List.of(new ScriptSource(name, new BufferedReader(new StringReader(text)))));
        return new Transcript(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }
}
