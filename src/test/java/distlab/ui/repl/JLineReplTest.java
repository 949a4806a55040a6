package distlab.ui.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.engine.Session;
import distlab.ui.Completion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JLineReplTest {
    @TempDir
    Path home;

    private String run(String input, Path history) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal terminal = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
                StandardCharsets.UTF_8);
        int status = new JLineRepl(new Session(1), terminal, history).run();
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsWhatScriptModePrintsAndErrorsAsOneLine() throws Exception {
        Path history = home.resolve(".lab_history");
        String out = run("spawn 3\nnet manual\nsend n1 n2 hi\ndeliver m1\nshow n2.vc\nexpect n2.vc != [0,0,0]\nfrobnicate\nquit\n", history);
        Session script = new Session(1);
        for (String line : List.of("spawn 3", "net manual", "send n1 n2 hi", "deliver m1", "show n2.vc")) {
            for (String expected : script.execute(line).output().lines().toList()) {
                assertTrue(out.contains(expected + "\n") || out.contains(expected + "\r\n"), "missing '" + expected + "' in:\n" + out);
            }
        }
        assertTrue(out.contains("error: unknown command 'frobnicate' (type help for the list)"), out);
        assertTrue(!out.contains("event not found"), "!= is not history expansion: " + out);
        // The history is kept in the lab's home.
        List<String> saved = Files.readAllLines(history);
        assertTrue(saved.stream().anyMatch(l -> l.endsWith("send n1 n2 hi")), saved.toString());
    }

    @Test
    void endOfInputLeaves() throws Exception {
        String out = run("spawn 2\n", home.resolve("h"));
        assertTrue(out.contains("spawned n1 n2 (plain)"), out);
    }

    @Test
    void tabCompletesSpaToSpawn() {
        Session session = new Session(1);
        LabCompleter completer = new LabCompleter(new Completion(session, List.of()));
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse("spa", 3), candidates);
        assertEquals(List.of("spawn"), candidates.stream().map(Candidate::value).toList());
        assertTrue(candidates.get(0).complete());
        session.execute("spawn 2");
        candidates.clear();
        completer.complete(null, new DefaultParser().parse("show n1.", 8), candidates);
        assertEquals(List.of("n1.up", "n1.lamport", "n1.vc", "n1.clock", "n1.mono", "n1.offset", "n1.drift"),
                candidates.stream().map(Candidate::value).toList());
    }

    @Test
    void ctrlCStopsALongRunAndKeepsTheSession() throws Exception {
        Session session = new Session(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The input waits until the run has been stopped, then asks where the session is.
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        java.io.InputStream input = new java.io.SequenceInputStream(
                new ByteArrayInputStream("spawn 5 raft\nrun 3600s\n".getBytes(StandardCharsets.UTF_8)),
                new java.io.InputStream() {
                    private final java.io.InputStream rest = new ByteArrayInputStream("show time\nquit\n".getBytes(StandardCharsets.UTF_8));

                    @Override
                    public int read() throws java.io.IOException {
                        try {
                            stopped.await();
                        } catch (InterruptedException e) {
                            throw new java.io.InterruptedIOException();
                        }
                        return rest.read();
                    }
                });
        Terminal terminal = new DumbTerminal("test", "dumb", input, out, StandardCharsets.UTF_8);
        Thread ctrlC = new Thread(() -> {
            try {
                while (session.sim().now() < 1_000_000) Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
            terminal.raise(Terminal.Signal.INT);
            stopped.countDown();
        });
        ctrlC.start();
        assertEquals(0, new JLineRepl(session, terminal, home.resolve("h")).run());
        ctrlC.join();
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s).*error: stopped by Ctrl-C at [0-9.]+s after \\d+ events; everything up to there is kept.*"), text);
        long stoppedAt = session.sim().now();
        assertTrue(stoppedAt >= 1_000_000 && stoppedAt < 3_600_000_000L, "stopped part-way: " + stoppedAt);
        assertTrue(text.contains("time = " + distlab.sim.SimTime.format(stoppedAt)), "the session goes on after the stop:\n" + text);
    }
}
