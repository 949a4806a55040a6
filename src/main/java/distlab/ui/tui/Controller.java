package distlab.ui.tui;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.engine.Timeline;
import distlab.protocol.command.CommandSpec;
import distlab.protocol.Style;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.ui.Completion;
import java.util.List;
import java.util.function.Consumer;

/**
 * What keys and typed lines do: runs lines on the engine thread, strictly in order
 * (animating run, advance and step N through the {@link Pacer}; a typed line that arrives
 * during a run runs inside it, at the time on the screen), and handles the TUI's own
 * commands, completion and quitting. Called on the GUI thread; results come back to it
 * through {@code post}.
 */
final class Controller {
    /** Where a line comes from: typed lines may cut into a run; a script's lines wait for it. */
    enum Source { TYPED, SCRIPT }

    private final Session session;
    private final EngineThread engine;
    private final Pacer pacer;
    private final SnapshotBuilder snapshots;
    private final TuiState st;
    private final Consumer<Runnable> post;
    private final Consumer<Snapshot> offerSnapshot;
    private final Completion completion;
    private final TuiCommands tuiCommands;
    private Simulation observed; // engine thread only

    Controller(Session session, EngineThread engine, Pacer pacer, SnapshotBuilder snapshots, TuiState st,
               Consumer<Runnable> post, Consumer<Snapshot> offerSnapshot) {
        this.session = session;
        this.engine = engine;
        this.pacer = pacer;
        this.snapshots = snapshots;
        this.st = st;
        this.post = post;
        this.offerSnapshot = offerSnapshot;
        this.completion = new Completion(session, TuiCommands.NAMES);
        this.tuiCommands = new TuiCommands(this, st);
    }

    /** Enter: the command line, as typed. */
    void enter() {
        int dropped = st.editor.dropped();
        if (dropped > 0) {
            int length = st.editor.text().length() + dropped;
            st.editor.clear();
            st.console.follow();
            st.console.add("error: that line has " + length + " characters and a command line holds at most " + LineEditor.MAX_LENGTH
                    + ", so nothing ran (put long input in a script file: java -jar lab.jar FILE)", Style.BAD);
            return;
        }
        String line = st.editor.accept();
        st.console.follow();
        if (line.isBlank() || askToFork(line)) return;
        submit(line, Source.TYPED, r -> show(r, ""));
    }

    /** A line as if typed at the command line, remembered in the history (one-key actions). */
    void typed(String line) {
        st.editor.remember(line);
        st.console.follow();
        if (askToFork(line)) return;
        submit(line, Source.TYPED, r -> show(r, ""));
    }

    /** In the past, a line that changes the run waits for a y (the status bar asks); true if it waits. */
    private boolean askToFork(String line) {
        if (!st.snapshot.travel().past() || !changesTheRun(line)) return false;
        st.forkPrompt = line;
        return true;
    }

    /** The y to that question: the line runs, and the recorded future after the moment shown is discarded. */
    void fork(String line) {
        st.console.follow();
        submit(line, Source.TYPED, r -> show(r, ""));
    }

    /** Runs a line; {@code then} gets the result on the GUI thread. */
    void submit(String line, Source source, Consumer<Result> then) {
        submit(line, source, () -> { }, then);
    }

    /** Runs a line: {@code onStart} and {@code then} run on the GUI thread when it starts and with its result. */
    void submit(String line, Source source, Runnable onStart, Consumer<Result> then) {
        if (tuiCommands.handle(line)) return;
        boolean duringRun = source == Source.TYPED && Animation.mayRunDuringRun(session, line);
        if (st.running() && (!duringRun || st.linesWaitingForRun > 0)) {
            st.console.add("(queued: " + line + " runs when " + (duringRun ? "the lines before it have run" : "the run ends")
                    + "; Esc stops the run)", Style.DIM);
        }
        st.linesInFlight++;
        if (!duringRun) st.linesWaitingForRun++;
        engine.submitLine(duringRun, () -> {
            post.accept(() -> {
                if (!duringRun) st.linesWaitingForRun--;
                onStart.run();
            });
            Result r = runOnEngine(line);
            post.accept(() -> {
                st.linesInFlight--;
                then.accept(r);
            });
        });
    }

    void echo(String line) {
        st.console.add(FrameRenderer.PROMPT + line, Style.STRONG);
    }

    /**
     * On the engine thread: runs a line, animated if it is a run; the echo is posted when the
     * line starts, so output follows its line. Also how a Try-it block runs its lines.
     */
    Result runOnEngine(String line) {
        boolean during = pacer.interjecting();
        long at = session.sim().now();
        post.accept(() -> {
            echo(line);
            if (during) st.console.add("  (at " + SimTime.format(at) + ", during the run)", Style.DIM);
        });
        observe();
        Animation animation = during ? null : Animation.of(session, line);
        Result result;
        if (animation != null) {
            post.accept(() -> st.run = TuiState.RunState.RUNNING);
            try {
                pacer.begin(session.sim(), animation.end(), animation.done());
                result = session.execute(line);
            } catch (LabException e) {
                result = new Result("", Result.Status.ERROR, e.getMessage());
            } finally {
                pacer.end();
            }
        } else {
            result = session.execute(line);
        }
        observe();
        Snapshot snapshot = snapshots.build();
        boolean animated = animation != null;
        post.accept(() -> {
            if (animated) {
                st.run = TuiState.RunState.IDLE;
                st.paused = false;
            }
            offerSnapshot.accept(snapshot);
        });
        return result;
    }

    /** Runs lines on the engine thread without echo or animation (rebuilding a session); returns how many failed. */
    int runQuietly(List<String> lines) {
        int failed = 0;
        for (String line : lines) {
            observe();
            if (session.execute(line).failed()) failed++;
        }
        observe();
        offerSnapshot.accept(snapshots.build());
        return failed;
    }

    /** Work for the engine thread, after every line submitted before it. */
    void onEngine(Runnable task) {
        engine.submitLine(false, task);
    }

    void post(Runnable task) {
        post.accept(task);
    }

    /** True while a line runs or waits to run. */
    boolean busy() {
        return st.running() || st.linesInFlight > 0;
    }

    /**
     * The diagram's watchers and the pacer observe the session's current simulation (reset
     * and seed make a new one), the watchers first: a frame the pacer draws after an event
     * must see what the watchers noted about it.
     */
    private void observe() {
        if (session.sim() != observed) {
            observed = session.sim();
            snapshots.watch(observed);
            observed.watch(pacer);
        }
    }

    /** A result in the console: output, then one line for a failure ({@code where} prefixes it). */
    void show(Result r, String where) {
        st.console.addOutput(r.output());
        if (r.failed()) {
            if (r.status() == Result.Status.ERROR && r.message() != null && r.message().startsWith(Pacer.STOPPED)) {
                st.console.add(r.message(), Style.WARN);
            } else {
                st.console.add(where + r.problem(), Style.BAD);
            }
        }
        if (r.status() == Result.Status.QUIT) st.console.add("(to leave the lab, type quit or press Ctrl-C)", Style.DIM);
    }

    void setSpeed(long speed) {
        st.speed = speed;
        pacer.setSpeed(speed);
    }

    void faster() { setSpeed(Speeds.faster(st.speed)); }
    void slower() { setSpeed(Speeds.slower(st.speed)); }

    /** F5 or Space: run when idle, else pause or resume. */
    void runOrPause() {
        if (!st.running()) {
            typed("run");
            return;
        }
        st.paused = !st.paused;
        pacer.setPaused(st.paused);
    }

    void togglePause() {
        if (st.running()) runOrPause();
    }

    /** Whether a line would change the run (anything but a query): from the past, it forks a new future. */
    private boolean changesTheRun(String line) {
        String[] words = line.strip().split("\\s+", 2);
        CommandSpec spec = words[0].isEmpty() ? null : session.commands().spec(words[0]);
        return spec != null && !spec.readOnly() && !spec.name().equals("help") && !spec.name().equals("quit");
    }

    /**
     * [ ] and { }: one event or one command back or forward in the session's history; the panes
     * show that moment, and the recorded future stays until a command changes the run.
     */
    void travel(boolean forward, boolean byCommand) {
        if (busy()) {
            st.console.add("(the history is stepped through when no line is running: Esc stops the run)", Style.DIM);
            return;
        }
        onEngine(() -> {
            Timeline t = session.timeline();
            boolean moved = forward ? (byCommand ? t.commandForward() : t.eventForward()) : (byCommand ? t.commandBack() : t.eventBack());
            observe();
            Snapshot snapshot = snapshots.build();
            post.accept(() -> {
                offerSnapshot.accept(snapshot);
                if (!moved) st.console.add(forward ? "(at the present: nothing recorded after it)" : "(at the start of the history)", Style.DIM);
            });
        });
    }

    /** F10 or '.': one event: step, or during a run pause and let one event happen. */
    void stepOne() {
        if (!st.running()) {
            typed("step");
            return;
        }
        if (!st.paused) {
            st.paused = true;
            pacer.setPaused(true);
        } else {
            pacer.stepOne();
        }
    }

    /** Esc or Ctrl-C during a run: stop it where it is. */
    boolean stopRun() {
        if (!st.running()) return false;
        pacer.requestStop();
        return true;
    }

    /** Tab with text: complete the word before the cursor (on the engine thread: it reads the session). */
    void complete() {
        String text = st.editor.text();
        int cursor = st.editor.cursor();
        String upTo = text.substring(0, cursor);
        engine.submitQuery(() -> {
            Completion.Result c = completion.complete(upTo);
            post.accept(() -> applyCompletion(c, text, cursor));
        });
    }

    private void applyCompletion(Completion.Result c, String text, int cursor) {
        if (!st.editor.text().equals(text) || st.editor.cursor() != cursor || c.candidates().isEmpty()) return;
        if (c.candidates().size() == 1) {
            String only = c.candidates().get(0);
            st.editor.replace(c.wordStart(), only + (only.endsWith(".") || only.endsWith("=") ? "" : " "));
            return;
        }
        String prefix = c.commonPrefix();
        if (prefix.length() > c.word().length()) {
            st.editor.replace(c.wordStart(), prefix);
            return;
        }
        List<String> shown = c.candidates().subList(0, Math.min(60, c.candidates().size()));
        st.console.add("  " + String.join("  ", shown) + (c.candidates().size() > shown.size() ? "  …" : ""), Style.DIM);
        st.console.follow();
    }

    /** Asks the engine for a fresh snapshot (after the diagram's view changed). */
    void refresh() {
        engine.submitQuery(() -> offerSnapshot.accept(snapshots.build()));
    }

    /** Work that reads the session, on the engine thread, ahead of waiting lines. */
    void query(Runnable task) {
        engine.submitQuery(task);
    }

    SnapshotBuilder snapshots() {
        return snapshots;
    }

    TuiCommands tuiCommands() {
        return tuiCommands;
    }

    void quit() {
        st.quit = true;
        pacer.requestStop();
    }
}
