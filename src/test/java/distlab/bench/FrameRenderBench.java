package distlab.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import distlab.engine.Session;
import distlab.protocol.Cell;
import distlab.protocol.Span;
import distlab.protocol.Style;
import distlab.protocol.Table;
import distlab.ui.tui.Palette;
import distlab.ui.tui.Snapshot;
import distlab.ui.tui.StillFrame;
import distlab.view.DiagramFilter;
import distlab.view.DiagramIndex;
import distlab.view.DiagramPage;
import distlab.view.SpaceTimeDiagram;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to render one full frame of the TUI at 160x48: 9 nodes whose cluster rows hold
 * 1,000-entry logs tinted by term (a synthetic Raft-like table, until the raft protocol is
 * on main), and a space-time diagram over a 2,000-event trace (plain protocol, 9 nodes).
 * A frame is what the engine does (table and diagram rendered into a snapshot) plus what the
 * GUI thread does (every pane drawn, the screen encoded for the terminal).
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main FrameRenderBench -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FrameRenderBench {
    static final int NODES = 9;
    static final int LOG_ENTRIES = 1_000;
    static final int EVENTS = 2_000;

    private Session session;
    private Table table;
    private StillFrame frame;
    private StillFrame virtualFrame;
    private Snapshot snapshot;
    private DiagramIndex index;

    /**
     * A terminal that encodes every frame as a real one would (ANSI escapes, UTF-8) and
     * throws the bytes away: what drawing costs without a terminal emulator on the other end.
     */
    static final class AnsiSink extends ANSITerminal {
        AnsiSink() {
            super(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return new TerminalSize(160, 48);
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        session = traceOf(EVENTS);
        table = raftLikeTable();
        frame = frameOn(new TerminalScreen(new AnsiSink()));
        virtualFrame = frameOn(new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(160, 48))));
        snapshot = snapshot();
        frame.draw(snapshot, true);
        virtualFrame.draw(snapshot, true);
    }

    private static StillFrame frameOn(TerminalScreen screen) throws IOException {
        screen.startScreen();
        StillFrame f = new StillFrame(screen, new Palette(false));
        for (int i = 0; i < 200; i++) f.console("e" + i + "  1.5s  n1  recv m" + i + " from n2  L=" + i + " [1,2,3,4,5,6,7,8,9]");
        return f;
    }

    /** A plain-protocol session whose trace holds {@code events} sends and receives. */
    static Session traceOf(int events) {
        Session s = new Session(1);
        s.execute("spawn " + NODES);
        for (int i = 0; i < events / 2; i++) {
            int from = i % NODES;
            int to = (from + 1 + i % (NODES - 1)) % NODES; // never the sender itself
            s.execute("send n" + (from + 1) + " n" + (to + 1) + " x");
            if (i % 50 == 49) s.execute("advance 50ms");
        }
        s.execute("run 10s");
        int count = s.sim().trace().eventCount();
        if (count != events) throw new IllegalStateException("expected " + events + " events, made " + count);
        return s;
    }

    /** Nine rows like Raft's: role, term, commit and a 1,000-entry log, each entry tinted by its term. */
    static Table raftLikeTable() {
        Table.Builder t = new Table.Builder("node", "role", "term", "commit", "log");
        for (int n = 1; n <= NODES; n++) {
            List<Span> log = new ArrayList<>();
            for (int i = 1; i <= LOG_ENTRIES; i++) {
                int term = 1 + i / 100;
                log.add(Span.tinted(term + ":put k" + i + " " + i + (i < LOG_ENTRIES ? " " : ""), term));
            }
            t.row(Cell.of("n" + n, Style.STRONG), Cell.of(n == 1 ? "leader" : "follower", n == 1 ? Style.GOOD : Style.PLAIN),
                    Cell.of("11"), Cell.of("990"), new Cell(log));
        }
        return t.build();
    }

    /** What the engine thread builds for a frame: the diagram's page from its index (kept between frames, as the TUI keeps it). */
    private Snapshot snapshot() {
        if (index == null) index = new DiagramIndex(session.sim(), DiagramFilter.NONE, null);
        DiagramPage diagram = SpaceTimeDiagram.page(index, -1, 24, 94, "");
        List<String> names = session.sim().nodes().stream().map(n -> n.name()).toList();
        return new Snapshot(session.sim().now(), 1, "raft", names, List.of(), table, diagram, 1, "6.2", "Raft",
                session.course().all().get(18).markdown());
    }

    /** The engine's half and the GUI's half, every cell sent to the terminal. */
    @Benchmark
    public Snapshot fullFrame() throws IOException {
        Snapshot s = snapshot();
        frame.draw(s, true);
        return s;
    }

    /** The same, sending only the cells that changed (what a live run does frame to frame). */
    @Benchmark
    public Snapshot fullFrameDelta() throws IOException {
        Snapshot s = snapshot();
        frame.draw(s, false);
        return s;
    }

    /** The engine's half only: the diagram over 2,000 events and the snapshot. */
    @Benchmark
    public Snapshot snapshotOnly() {
        return snapshot();
    }

    /** The GUI's half only. */
    @Benchmark
    public void drawOnly() throws IOException {
        frame.draw(snapshot, true);
    }

    /** A full frame onto Lanterna's virtual terminal (as the TUI tests use), for comparison. */
    @Benchmark
    public Snapshot fullFrameVirtualTerminal() throws IOException {
        Snapshot s = snapshot();
        virtualFrame.draw(s, true);
        return s;
    }
}
