package distlab.ui.tui;

import distlab.engine.Result;
import distlab.engine.Session;
import distlab.lecture.TryItBlocks;
import distlab.protocol.Style;
import distlab.sim.LabException;
import distlab.sim.Simulation;
import distlab.ui.Completion;
import java.util.List;
import java.util.function.Consumer;

/**
 * What keys and typed lines do: runs lines on the engine thread (animating run, advance and
 * step N through the {@link Pacer}), handles the TUI's own {@code speed}, completion, the
 * lecture's Try-it blocks and presenter steps. Called on the GUI thread; results come back
 * to it through {@code post}.
 */
final class Controller {
    private final Session session;
    private final EngineThread engine;
    private final Pacer pacer;
    private final SnapshotBuilder snapshots;
    private final TuiState st;
    private final Consumer<Runnable> post;
    private final Consumer<Snapshot> offerSnapshot;
    private final Completion completion;
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
        this.completion = new Completion(session, List.of("speed"));
    }

    /** Enter: the command line, as typed. */
    void enter() {
        String line = st.editor.accept();
        st.console.follow();
        if (line.isBlank()) return;
        submit(line, r -> show(r, ""));
    }

    /** Runs a line as if typed; {@code then} gets the result on the GUI thread. */
    void submit(String line, Consumer<Result> then) {
        String command = Animation.firstWord(line);
        if (command.equals("quit") || command.equals("exit")) {
            echo(line);
            quit();
            return;
        }
        if (command.equals("speed")) {
            echo(line);
            speedCommand(line.strip().substring("speed".length()).strip());
            return;
        }
        if (line.strip().matches("help\\s+speed")) {
            echo(line);
            st.console.add("usage: speed [DURATION|max]\n  Virtual time per wall-clock second while run, advance and step N animate"
                    + " (terminal UI only; default " + Speeds.format(Speeds.DEFAULT) + ").\n  F3/F4 or -/+ on an empty line go slower/faster;"
                    + " max: no animation.\nexamples: speed 1s\n          speed max", Style.PLAIN);
            return;
        }
        if (st.running() && Animation.isReadOnly(session, line)) {
            engine.submitQuery(() -> runOnEngine(line, false, then));
            return;
        }
        if (st.running()) st.console.add("(queued: " + line + " runs when the run ends; Esc stops the run)", Style.DIM);
        engine.submitCommand(() -> runOnEngine(line, true, then));
    }

    private void echo(String line) {
        st.console.add(FrameRenderer.PROMPT + line, Style.STRONG);
    }

    /** On the engine thread. The echo is posted when the command starts, so output follows its command. */
    private void runOnEngine(String line, boolean mayAnimate, Consumer<Result> then) {
        post.accept(() -> echo(line));
        observe();
        Animation animation = mayAnimate ? Animation.of(session, line) : null;
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
        Result r = result;
        boolean animated = animation != null;
        post.accept(() -> {
            if (animated) {
                st.run = TuiState.RunState.IDLE;
                st.paused = false;
            }
            offerSnapshot.accept(snapshot);
            then.accept(r);
        });
    }

    /** The pacer observes the session's current simulation (reset and seed make a new one). */
    private void observe() {
        if (session.sim() != observed) {
            observed = session.sim();
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

    private void speedCommand(String arg) {
        if (!arg.isEmpty()) {
            try {
                setSpeed(Speeds.parse(arg));
            } catch (LabException e) {
                st.console.add("error: " + e.getMessage(), Style.BAD);
                return;
            }
        }
        st.console.add("speed " + Speeds.format(st.speed) + (st.speed == Speeds.MAX ? " (as fast as it goes; Esc still stops a run)"
                : " of virtual time per second (F3 slower, F4 faster, speed max: no animation)"), Style.PLAIN);
    }

    void setSpeed(long speed) {
        st.speed = speed;
        pacer.setSpeed(speed);
    }

    void faster() { setSpeed(Speeds.faster(st.speed)); }
    void slower() { setSpeed(Speeds.slower(st.speed)); }

    /** F5: run when idle, else pause or resume. */
    void runOrPause() {
        if (!st.running()) {
            submit("run", r -> show(r, ""));
            return;
        }
        st.paused = !st.paused;
        pacer.setPaused(st.paused);
    }

    void togglePause() {
        if (st.running()) runOrPause();
    }

    /** F10: one event. During a run: pause, then let one event happen. */
    void stepOne() {
        if (!st.running()) {
            submit("step", r -> show(r, ""));
            return;
        }
        if (!st.paused) {
            st.paused = true;
            pacer.setPaused(true);
        } else {
            pacer.stepOne();
        }
    }

    /** Esc during a run: stop it where it is. */
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

    /** F7: the open lecture's next Try-it block, line by line, as if typed. */
    void runTryIt() {
        Snapshot s = st.snapshot;
        List<TryItBlocks.Block> blocks = TryItBlocks.extract(s.lectureMarkdown());
        if (blocks.isEmpty()) {
            st.console.add("lecture " + s.lectureId() + " has no Try-it blocks", Style.DIM);
            return;
        }
        int index = st.tryItNext.getOrDefault(s.lectureId(), 0);
        if (index >= blocks.size()) {
            st.console.add("that was the last Try-it block of lecture " + s.lectureId() + "; F7 again starts from the first", Style.DIM);
            st.tryItNext.put(s.lectureId(), 0);
            return;
        }
        st.tryItNext.put(s.lectureId(), index + 1);
        st.console.add("▶ Try it " + (index + 1) + " of " + blocks.size() + " (lecture " + s.lectureId() + ")", Style.GOOD);
        scrollLectureToBlock(index);
        for (String line : blocks.get(index).text().split("\n")) {
            if (!line.isBlank() && !line.strip().startsWith("#")) submit(line, r -> show(r, ""));
        }
    }

    private void scrollLectureToBlock(int index) {
        Rect r = st.layout == null ? null : st.layout.rect(Pane.LECTURE);
        int width = r == null ? 60 : r.innerWidth() - 1;
        var lines = st.lecture(width);
        int seen = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().strip().startsWith("▶ Try it") && ++seen == index) {
                st.scroll.put(Pane.LECTURE, Math.max(0, i - 2));
                return;
            }
        }
    }

    /** Presenter mode: run the next command of the script. */
    void presenterNext() {
        Presenter p = st.presenter;
        if (p == null || p.done()) return;
        Presenter.Step step = p.current();
        int index = p.position();
        p.finish(Presenter.Outcome.PENDING);
        submit(step.command(), r -> {
            show(r, step.file() + ":" + step.line() + ": ");
            p.mark(index, r.failed() ? Presenter.Outcome.FAILED : Presenter.Outcome.OK);
        });
    }

    void presenterSkip() {
        Presenter p = st.presenter;
        if (p == null || p.done()) return;
        st.console.add("(skipped " + p.current().command() + ")", Style.DIM);
        p.finish(Presenter.Outcome.SKIPPED);
    }

    void quit() {
        st.quit = true;
        pacer.requestStop();
    }
}
