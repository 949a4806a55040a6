package distlab.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import distlab.engine.Session;
import distlab.protocol.Style;
import java.io.IOException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The terminal UI: the GUI thread's loop. Three threads: this one (the only one that draws),
 * an input thread that blocks reading keys, and the {@link EngineThread} that runs every
 * command. Both others hand work to this one as tasks on a queue; the loop blocks on that
 * queue, so an idle lab uses no CPU. Any error becomes one console line.
 */
public final class TuiApp {
    /** Reads the next key, blocking; null or an exception ends the input. */
    public interface KeySource {
        KeyStroke read() throws IOException;
    }

    private final TerminalScreen screen;
    private final KeySource keys;
    private final Session session;
    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> pendingSnapshot = new AtomicReference<>();
    private final TuiState st = new TuiState();
    private final EngineThread engine;
    private final Pacer pacer;
    private final SnapshotBuilder snapshots;
    private final FrameRenderer renderer;
    private final Controller controller;
    private final KeyHandler keyHandler;
    private final HistoryFile history;
    private volatile int framesDrawn;
    private SnapshotBuilder.DiagramRequest diagramRequest;
    private int simulationSeen;

    public TuiApp(TerminalScreen screen, KeySource keys, Session session, Palette palette, Presenter presenter) {
        this(screen, keys, session, palette, presenter, null);
    }

    /** {@code historyFile}: the line REPL's history, read at start and added to on quit; null for none. */
    public TuiApp(TerminalScreen screen, KeySource keys, Session session, Palette palette, Presenter presenter, java.nio.file.Path historyFile) {
        this.screen = screen;
        this.keys = keys;
        this.session = session;
        this.history = new HistoryFile(historyFile);
        this.engine = new EngineThread(e -> post(() -> st.console.add("internal error: " + describe(e) + " (the lab goes on)", Style.BAD)));
        this.snapshots = new SnapshotBuilder(session);
        this.pacer = new Pacer(engine, Speeds.DEFAULT, micros -> offerSnapshot(snapshots.build(micros)));
        this.renderer = new FrameRenderer(palette);
        this.controller = new Controller(session, engine, pacer, snapshots, st, this::post, this::offerSnapshot);
        this.keyHandler = new KeyHandler(st, controller, new TryItRunner(st, controller),
                new PresenterControl(st, controller, session.seed()), new NodeActions(st, controller),
                new DiagramKeys(st, controller, controller.tuiCommands()));
        st.presenter = presenter;
        if (presenter != null) st.focus = Pane.LECTURE;
        st.editor.load(history.load(LineEditor.MAX_HISTORY));
    }

    /** Posts work for the GUI thread. */
    void post(Runnable task) {
        tasks.add(task);
    }

    /** Hands a snapshot to the GUI thread; snapshots that pile up are dropped but the newest. */
    private void offerSnapshot(Snapshot s) {
        if (pendingSnapshot.getAndSet(s) == null) post(() -> applySnapshot(pendingSnapshot.getAndSet(null)));
    }

    private void applySnapshot(Snapshot s) {
        if (s == null) return;
        if (!s.lectureId().equals(st.snapshot.lectureId())) {
            st.scroll.put(Pane.LECTURE, 0);
            st.lectureShift = 0;
        }
        if (s.simulation() != simulationSeen) {
            // reset or seed: a new simulation, so the diagram follows its newest rows again.
            simulationSeen = s.simulation();
            st.diagramTop = -1;
            st.diagramSearch = "";
        }
        st.snapshot = s;
    }

    /** Runs the UI on the calling thread until the user quits; returns the exit status. */
    public int run() throws IOException {
        screen.getTerminal().addResizeListener((terminal, size) -> post(() -> { }));
        engine.start();
        engine.submitQuery(() -> {
            session.setLectureTextInOutput(false); // the lecture pane shows it
            Snapshot s = snapshots.build();
            post(() -> applySnapshot(s));
            // Then the help screen: every command's own help, which takes a moment to gather.
            String help = session.execute("help").output();
            var lines = HelpText.lines(help, name -> session.execute("help " + name).output());
            post(() -> st.help = lines);
        });
        startInput();
        welcome();
        boolean full = true;
        try {
            while (!st.quit) {
                draw(full);
                Runnable task = take();
                if (task == null) break;
                runSafely(task);
                for (Runnable more; !st.quit && (more = tasks.poll()) != null; ) runSafely(more);
                full = keyHandler.takeFullRedraw();
            }
        } finally {
            engine.stop();
            saveHistory();
        }
        return 0;
    }

    /** Adds this session's lines to the history file, as the line REPL does. */
    private void saveHistory() {
        st.editor.sessionLines().forEach(history::add);
        String problem = history.save(System.currentTimeMillis());
        if (problem != null) System.err.println("lab: " + problem);
    }

    private Runnable take() {
        try {
            return tasks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void welcome() {
        st.console.add("Welcome to distlab. Type spawn 3 to begin, help for commands; F1 or ? lists the keys.", Style.GOOD);
        if (st.presenter != null) {
            st.console.add("Presenter mode: Enter runs the next step, > skips it, < goes back one.", Style.GOOD);
        }
    }

    private void startInput() {
        Thread input = new Thread(() -> {
            try {
                while (true) {
                    KeyStroke k = keys.read();
                    if (k == null) break;
                    post(() -> keyHandler.handle(k));
                }
            } catch (IOException | RuntimeException e) {
                post(() -> st.console.add("input ended: " + describe(e), Style.BAD));
            }
            post(controller::quit);
        }, "distlab-input");
        input.setDaemon(true);
        input.start();
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            st.console.add("internal error: " + describe(e) + " (the lab goes on)", Style.BAD);
        }
    }

    private void draw(boolean full) throws IOException {
        TerminalSize resized = screen.doResizeIfNecessary();
        try {
            renderer.draw(screen, st);
        } catch (RuntimeException e) {
            st.console.add("internal error while drawing: " + describe(e), Style.BAD);
        }
        screen.refresh(full || resized != null ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        framesDrawn++;
        askForDiagram();
    }

    /** The engine renders the diagram page the pane shows: tell it when the pane's size, place, filter or search change. */
    private void askForDiagram() {
        Rect r = st.layout == null ? null : st.layout.rect(Pane.DIAGRAM);
        if (r == null) return;
        // One row for the header, one for the line that says the view is not following.
        int rows = Math.max(1, r.innerHeight() - 1 - (st.diagramTop < 0 ? 0 : 1));
        var wanted = new SnapshotBuilder.DiagramRequest(rows, r.innerWidth(), st.diagramTop, st.diagramFilter, st.diagramSearch,
                st.snapshot.simulation());
        if (wanted.equals(diagramRequest)) return;
        diagramRequest = wanted;
        snapshots.request(wanted);
        engine.submitQuery(() -> offerSnapshot(snapshots.build()));
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    /** How many frames the GUI thread has drawn (for the CPU and frame-rate probe). */
    int framesDrawn() {
        return framesDrawn;
    }

    /** For tests: leave, as quit does. */
    void requestQuit() {
        post(controller::quit);
    }

    /** For tests: the console's lines, read on the GUI thread. */
    java.util.List<String> consoleLines() throws Exception {
        java.util.concurrent.CompletableFuture<java.util.List<String>> lines = new java.util.concurrent.CompletableFuture<>();
        post(() -> lines.complete(st.console.texts()));
        return lines.get(20, java.util.concurrent.TimeUnit.SECONDS);
    }
}
