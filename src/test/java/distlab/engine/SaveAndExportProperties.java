package distlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import distlab.check.history.CheckHistoryRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;

/**
 * What save and export write, checked by reading it back (docs/formats.md): a saved session
 * replays every show exactly and its pinned expects hold; an SVG diagram is XML with every event;
 * a ShiViz log has every event with each host's clock ticking by one; an exported history gets
 * the session's own linearizability verdict from check-history.
 */
class SaveAndExportProperties {
    private static final List<String> MOVES = List.of("put x 1", "put x 2 --client c2", "get x", "get x --client c2", "cas x 1 3",
            "put y 7 --client c3", "get y", "run 200ms", "run 1s", "step 3", "crash leader", "crash n1", "restart n1", "crash n2",
            "restart n2", "loss 30", "loss 0", "cut n1 n2", "heal", "show cluster.leader", "show n1.role n2.log", "rewind", "REWIND",
            "show now");

    @Provide
    Arbitrary<List<String>> sessions() {
        return Arbitraries.of(MOVES).list().ofMinSize(3).ofMaxSize(25);
    }

    @Provide
    Arbitrary<String> protocols() {
        return Arbitraries.of("raft", "quorum");
    }

    @Property(tries = 40)
    void aSavedSessionReplaysEveryShowAndItsExpectsHold(@ForAll("protocols") String protocol, @ForAll("sessions") List<String> moves)
            throws IOException {
        Session session = new Session(5);
        List<String> outputs = new ArrayList<>();
        List<String> lines = new ArrayList<>(List.of("spawn 3 " + protocol, "run 1s"));
        lines.addAll(moves);
        for (String line : lines) {
            String actual = line.equals("REWIND") ? "rewind e" + (1 + session.sim().trace().eventCount() / 2) : line;
            Result r = session.execute(actual);
            while (outputs.size() > session.timeline().cursor()) outputs.remove(outputs.size() - 1);
            while (outputs.size() < session.timeline().lines().size()) outputs.add(r.output());
        }
        Path dir = Files.createTempDirectory("distlab-save");
        try {
            Path file = dir.resolve("s.lab");
            Result saved = session.execute("save " + file + " --expect");
            assertFalse(saved.failed(), saved.problem());
            List<String> script = Files.readAllLines(file);
            Session replay = new Session(99);
            List<String> replayed = new ArrayList<>();
            for (String line : script) {
                Result r = replay.execute(line);
                assertFalse(r.failed(), "line '" + line + "' of the saved script failed: " + r.problem());
                if (!line.startsWith("#") && !line.startsWith("seed ") && !line.startsWith("expect ")) replayed.add(r.output());
            }
            List<String> kept = session.timeline().lines();
            assertEquals(kept.size(), replayed.size());
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i).startsWith("show")) assertEquals(outputs.get(i), replayed.get(i), "show differs on replay: " + kept.get(i));
            }
            // Rewinds may undo the spawn itself: then there is no node to pin.
            if (session.module() != null) assertTrue(script.stream().anyMatch(l -> l.startsWith("expect n1.")), "the final state is pinned");
            assertTrue(session.execute("save " + file).failed(), "an existing file is not replaced without --force");
        } finally {
            deleteAll(dir);
        }
    }

    @Property(tries = 30)
    void exportsReadBack(@ForAll("protocols") String protocol, @ForAll("sessions") List<String> moves) throws Exception {
        Session session = new Session(3);
        session.execute("spawn 3 " + protocol);
        session.execute("run 1s");
        for (String line : moves) {
            // Undo, but never the spawn and first run: exports need the cluster.
            if (line.startsWith("rewind") || line.equals("REWIND")) {
                if (session.timeline().lines().size() > 2) session.execute("rewind");
            } else {
                session.execute(line);
            }
        }
        session.execute("run 2s");
        Path dir = Files.createTempDirectory("distlab-export");
        try {
            Result diagram = session.execute("export diagram " + dir.resolve("d.svg"));
            assertFalse(diagram.failed(), () -> moves + ": " + diagram.problem());
            Result shiviz = session.execute("export shiviz " + dir.resolve("s.log"));
            assertFalse(shiviz.failed(), () -> moves + ": " + shiviz.problem());
            Result history = session.execute("export history " + dir.resolve("h.log"));
            assertFalse(history.failed(), () -> moves + ": " + history.problem());
            int events = session.sim().trace().eventCount();

            Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("d.svg").toFile());
            for (int e = 1; e <= events; e++) assertNotNull(findId(svg, "e" + e), "e" + e + " is drawn");

            checkShiviz(Files.readString(dir.resolve("s.log")), events);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            // One key is written as a single register's history, several as a key-value one.
            String model = Files.readString(dir.resolve("h.log")).contains("\t[\"") ? "kv" : "cas-register";
            CheckHistoryRunner.run(List.of(dir.resolve("h.log")), model, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String verdict = (out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).strip();
            String session_ = session.execute("show cluster.linearizable").output().strip();
            boolean linearizable = session_.endsWith("= true");
            if (verdict.endsWith(": empty (no operations)")) {
                // No ops, or only ops that failed and did not take effect: nothing to break.
                assertTrue(linearizable, session_);
                return;
            }
            assertTrue(verdict.endsWith(linearizable ? ": linearizable" : ": not linearizable"), verdict + " but the session says " + session_);
        } finally {
            deleteAll(dir);
        }
    }

    private static Object findId(Document svg, String id) {
        var all = svg.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            var n = all.item(i).getAttributes().getNamedItem("id");
            if (n != null && n.getNodeValue().equals(id)) return n;
        }
        return null;
    }

    /** ShiViz's rules: the header, then per event a line and a host with a JSON clock whose own entry ticks by one. */
    private static void checkShiviz(String log, int events) {
        String[] lines = log.split("\n", -1);
        assertEquals("(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})", lines[0]);
        assertEquals("", lines[1]);
        Pattern clock = Pattern.compile("(\\S+) \\{(.*)\\}");
        Map<String, Integer> own = new HashMap<>();
        int seen = 0;
        for (int i = 2; i + 1 < lines.length; i += 2) {
            seen++;
            assertTrue(lines[i].startsWith("e" + seen + " "), lines[i]);
            Matcher m = clock.matcher(lines[i + 1]);
            assertTrue(m.matches(), lines[i + 1]);
            Matcher entry = Pattern.compile("\"" + Pattern.quote(m.group(1)) + "\":(\\d+)").matcher(m.group(2));
            assertTrue(entry.find(), "the host is in its own clock: " + lines[i + 1]);
            int tick = Integer.parseInt(entry.group(1));
            assertEquals(own.getOrDefault(m.group(1), 0) + 1, tick, "the host's own entry ticks by one: " + lines[i + 1]);
            own.put(m.group(1), tick);
        }
        assertEquals(events, seen);
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
