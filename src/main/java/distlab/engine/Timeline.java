package distlab.engine;

import distlab.engine.command.CommandRegistry;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The session's history, for time travel (docs/architecture.md, time travel). It records each
 * command that changes or reads the run, as typed, with where it left the session; going back is
 * restoring the nearest earlier checkpoint and replaying the commands after it. The simulation is
 * deterministic, so the replay repeats the same ids and random draws. A point inside a run (an
 * event, a time) is reached by stepping from the run's start; the history then keeps the part of
 * the run as {@code step N} or {@code advance D}, which does exactly the same.
 *
 * <p>Checkpoints are taken every {@link #interval} units of work (an event is one unit, a command
 * {@link #COMMAND_WORK}), during runs too; when there are more than {@link #MAX_CHECKPOINTS},
 * every second one goes and the interval doubles, so memory stays bounded and a replay stays
 * short (docs/limits.md).
 */
public final class Timeline {
    static final int FIRST_INTERVAL = 10_000;
    static final int MAX_CHECKPOINTS = 64;
    private static final int COMMAND_WORK = 50;
    /** Objects all checkpoints may hold together (about 40 bytes each): big states keep fewer checkpoints. */
    static final long MAX_CHECKPOINT_OBJECTS = 4_000_000;
    /** Commands the history holds; past that it starts again at the present. */
    static final int MAX_STEPS = 200_000;
    /** Commands that are not part of the run: time travel itself, help, the course and notes, quit. */
    private static final Set<String> UNRECORDED = Set.of("rewind", "save", "export", "help", "quit", "exit", "note", "question",
            "done", "progress", "lectures", "lecture", "next", "prev");

    /** How a line typed during an animated run is kept: replay cannot repeat it, the checkpoint after it does. */
    private static final String TYPED_DURING_RUN = "# typed during the run above: ";

    /** Where the session stood between commands: its run (counted by resets), events so far, virtual time. */
    public record Point(int epoch, int events, long now) {}

    /** One recorded command: the line as typed, and where it left the session. */
    public record Step(String line, boolean reads, boolean movesTime, Point after) {}

    /** A place in the history: after {@code point} commands, then (if {@code cut} is set) part of the next one. */
    public record Target(int point, Cut cut) {}

    /** How far into a run a target goes: just after an event, or up to a virtual time. */
    public sealed interface Cut permits EventCut, TimeCut {}

    public record EventCut(int event) implements Cut {}

    public record TimeCut(long micros) implements Cut {}

    /** A checkpoint; a pinned one is never thinned (replay cannot pass the point it keeps). */
    private record Saved(int point, int stepsInto, int events, long now, Session.Checkpoint checkpoint, boolean pinned) {}

    private final Session session;
    private final List<Step> steps = new ArrayList<>();
    private final List<Saved> saved = new ArrayList<>();
    private Point start;
    private int epoch;
    /** How many steps are in force (fewer than recorded while the TUI shows the past). */
    private int cursor;
    /** The part of step {@code cursor} in force while the TUI shows a moment inside a run, or null. */
    private Step cutStep;
    private int depth;
    /** The history started again at MAX_STEPS: it no longer goes back to the session's start. */
    private boolean restarted;
    private int firstInterval = FIRST_INTERVAL;
    private int interval = FIRST_INTERVAL;
    /** Events at the last checkpoint, at the last one between commands, and at the start of the run under way. */
    private int eventsMark;
    private int boundaryEvents;
    private int runStart;
    private int commandsSinceSave;
    private Simulation watched;
    private boolean moving;
    private int stepsInto;
    /** Lines typed during the run under way (the TUI runs them between its events). */
    private final List<String> duringRun = new ArrayList<>();

    Timeline(Session session) {
        this.session = session;
    }

    /** Runs a line; a command of the run is recorded. Lines run inside another (fails, a replay) are not. */
    Result execute(String line) {
        CommandRegistry commands = session.commands();
        String name = commandName(line);
        CommandSpec spec = name == null ? null : commands.spec(name);
        if (depth > 0 && moving && spec != null && !spec.readOnly() && !UNRECORDED.contains(name)) duringRun.add(line);
        if (depth > 0 || spec == null || UNRECORDED.contains(name)) return commands.execute(line);
        // Looking at the past: a query looks, a change forks a new future (the TUI asks first).
        if (viewing() && spec.readOnly()) return commands.execute(line);
        commit();
        if (steps.size() >= MAX_STEPS) {
            clear();
            restarted = true;
        }
        if (saved.isEmpty()) {
            start = here();
            save(0, 0, false);
        } else if (work() >= interval) {
            save(steps.size(), 0, false);
        }
        Simulation before = session.sim();
        int traceBefore = before.trace().size();
        long nowBefore = before.now();
        boolean moves = spec.effect() == CommandSpec.Effect.MOVES_TIME;
        Result result;
        depth++;
        try {
            if (moves) watchSteps();
            result = commands.execute(line);
        } finally {
            depth--;
            moving = false;
        }
        if (!moves) duringRun.clear();
        boolean replaced = session.sim() != before;
        if (result.failed() && !replaced && session.sim().trace().size() == traceBefore && session.sim().now() == nowBefore) return result;
        if (replaced) {
            epoch++;
            eventsMark = 0;
            boundaryEvents = 0;
        }
        boolean typedDuringRun = !duringRun.isEmpty();
        if (!typedDuringRun) {
            steps.add(new Step(line, spec.readOnly(), moves, here()));
        } else {
            // A replay of the run cannot repeat lines typed between its events: the run and those
            // lines are one step back, kept as comments, with a checkpoint after them that stays.
            steps.add(new Step(line, false, false, here()));
            for (String typed : duringRun) steps.add(new Step(TYPED_DURING_RUN + typed, true, false, here()));
            duringRun.clear();
        }
        cursor = steps.size();
        commandsSinceSave++;
        if (typedDuringRun) save(steps.size(), 0, true);
        return result;
    }

    private static String commandName(String line) {
        List<String> words;
        try {
            words = LineSplitter.split(LineSplitter.stripComment(line));
        } catch (LabException e) {
            return null;
        }
        return words.isEmpty() ? null : words.get(0);
    }

    private Point here() {
        Simulation sim = session.sim();
        return new Point(epoch, sim.trace().eventCount(), sim.now());
    }

    /** Work a replay from the last checkpoint between commands would redo. */
    private long work() {
        return Math.max(0, session.sim().trace().eventCount() - boundaryEvents) + (long) COMMAND_WORK * commandsSinceSave;
    }

    /** During a command that moves time, counts its steps and checkpoints inside long runs. */
    private void watchSteps() {
        Simulation sim = session.sim();
        if (sim != watched) {
            watched = sim;
            sim.watch(this::afterSimStep);
        }
        moving = true;
        stepsInto = 0;
        runStart = sim.trace().eventCount();
    }

    private void afterSimStep() {
        if (!moving || session.sim() != watched) return;
        stepsInto++;
        // Inside a run, only a long one: a target after the run cannot start from inside it.
        if (session.sim().trace().eventCount() - Math.max(eventsMark, runStart) >= interval) save(steps.size(), stepsInto, false);
    }

    private void save(int point, int into, boolean pinned) {
        Simulation sim = session.sim();
        saved.add(new Saved(point, into, sim.trace().eventCount(), sim.now(), session.checkpoint(), pinned));
        eventsMark = sim.trace().eventCount();
        if (into == 0) {
            boundaryEvents = eventsMark;
            commandsSinceSave = 0;
        }
        long objects = 0;
        for (Saved c : saved) objects += c.checkpoint().objects();
        if (saved.size() > MAX_CHECKPOINTS || saved.size() > 2 && objects > MAX_CHECKPOINT_OBJECTS) {
            // Thin: keep the first (the session's start) and every second one after it.
            List<Saved> kept = new ArrayList<>();
            for (int i = 0; i < saved.size(); i++) if (i == 0 || i % 2 == 0 || i == saved.size() - 1 || saved.get(i).pinned()) kept.add(saved.get(i));
            saved.clear();
            saved.addAll(kept);
            interval *= 2;
        }
    }

    /** Checkpoints every {@code work} units from the start (tests use small ones to exercise many). */
    public void checkpointEvery(int work) {
        firstInterval = work;
        interval = work;
    }

    // ---- what the history holds ----

    /** The commands in force, as typed (a run cut short appears as the step or advance that does the same). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cursor; i++) out.add(steps.get(i).line());
        if (cutStep != null) out.add(cutStep.line());
        return out;
    }

    /** Every recorded step, the future the TUI may be looking back from included. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** How many steps are in force. */
    public int cursor() {
        return cursor;
    }

    /** Whether the session shows the past, with a future still recorded after it. */
    public boolean viewing() {
        return cursor != steps.size() || cutStep != null;
    }

    /** Whether the history goes back to the session's start (a saved script can replay it). */
    public boolean complete() {
        return !restarted;
    }

    /** The seed the session had when the history began. */
    public long startSeed() {
        return saved.isEmpty() ? session.seed() : saved.get(0).checkpoint().seed();
    }

    /** How many checkpoints are kept, and the interval between them (for docs/limits.md and the bench). */
    public int checkpoints() {
        return saved.size();
    }

    /** Where the session stood after {@code i} commands (0: the start). */
    public Point point(int i) {
        return i == 0 ? (start != null ? start : here()) : steps.get(i - 1).after();
    }

    /** Where the session stands now. */
    public Point present() {
        return cutStep != null ? cutStep.after() : point(cursor);
    }

    // ---- going back ----

    /** The target just after event {@code e} of the current run. */
    public Target atEvent(int e) {
        int ep = present().epoch();
        int first = firstOfEpoch(ep);
        if (e <= point(first).events()) {
            throw new LabException("e" + e + " is before the session's start (the history begins after e" + point(first).events() + ")");
        }
        for (int i = first + 1; i <= steps.size() && point(i).epoch() == ep; i++) {
            if (point(i).events() >= e) {
                Step s = steps.get(i - 1);
                if (s.movesTime() && point(i - 1).epoch() == ep && point(i - 1).events() < e) return new Target(i - 1, new EventCut(e));
                return new Target(i, null);
            }
        }
        throw new LabException("e" + e + " is in the future: the session has " + events(lastOfEpoch(ep)) + " (rewind to one of them, or run on)");
    }

    /** The target at virtual time {@code micros} of the current run. */
    public Target atTime(long micros) {
        int ep = present().epoch();
        int first = firstOfEpoch(ep);
        int last = lastOfEpoch(ep);
        if (micros < point(first).now()) {
            throw new LabException(SimTime.format(micros) + " is before the session's start at " + SimTime.format(point(first).now()));
        }
        if (micros > point(last).now()) {
            throw new LabException(SimTime.format(micros) + " is in the future: it is now " + SimTime.format(point(last).now()) + " (rewind to an earlier time, or run on)");
        }
        // The first moment the clock reads TIME: after the run that reached it, before the commands given then.
        int i = first;
        while (point(i).now() < micros) i++;
        if (point(i).now() == micros) return new Target(i, null);
        return steps.get(i - 1).movesTime() ? new Target(i - 1, new TimeCut(micros)) : new Target(i - 1, null);
    }

    /** The target that undoes the last command that changed the run (and the reading ones after it). */
    public Target undo() {
        for (int i = cursor - 1; i >= 0; i--) {
            if (!steps.get(i).reads()) return new Target(i, null);
        }
        throw new LabException("nothing to undo: the session is at its start (rewind EVENT|TIME goes to a moment of a run)");
    }

    /** The first point of run {@code ep}: epochs only grow along the history, so search back from the cursor. */
    private int firstOfEpoch(int ep) {
        int i = Math.min(cursor, steps.size());
        while (i > 0 && point(i - 1).epoch() >= ep) i--;
        while (point(i).epoch() < ep) i++;
        return i;
    }

    /** The last recorded point of run {@code ep}, searching on from the cursor (at the present, at once). */
    private int lastOfEpoch(int ep) {
        int i = searchStart(ep);
        while (i < steps.size() && point(i + 1).epoch() == ep) i++;
        return i;
    }

    /** Where to search the run {@code ep} from: the cursor when it is in that run. */
    private int searchStart(int ep) {
        return point(cursor).epoch() == ep ? cursor : firstOfEpoch(ep);
    }

    /** How many steps are recorded, the future the TUI may be looking back from included. */
    public int stepCount() {
        return steps.size();
    }

    private String events(int i) {
        int n = point(i).events();
        return n == 0 ? "no events yet" : n == 1 ? "e1" : "e1..e" + n;
    }

    /**
     * Puts the session at the target, keeping the recorded future (the TUI looks at the past this
     * way); the next command, or {@link #commit}, discards that future.
     */
    public void goTo(Target target) {
        if (saved.isEmpty()) return;
        // A run with lines typed during it is whole only with those lines: never stop between them.
        while (target.cut() == null && target.point() < steps.size() && steps.get(target.point()).line().startsWith(TYPED_DURING_RUN)) {
            target = new Target(target.point() + 1, null);
        }
        Saved from = saved.get(0);
        for (Saved s : saved) {
            boolean boundary = s.stepsInto() == 0 && s.point() <= target.point();
            boolean inside = s.stepsInto() > 0 && target.cut() != null && s.point() == target.point() && before(s, target.cut());
            if ((boundary || inside) && (s.point() > from.point() || s.point() == from.point() && s.stepsInto() >= from.stepsInto())) from = s;
        }
        depth++;
        try {
            session.restore(from.checkpoint());
            epoch = from.stepsInto() == 0 ? point(from.point()).epoch() : point(target.point()).epoch();
            if (from.stepsInto() == 0) {
                for (int i = from.point(); i < target.point(); i++) {
                    Step s = steps.get(i);
                    if (!s.reads()) session.commands().execute(s.line());
                    epoch = s.after().epoch();
                }
            }
            cutStep = target.cut() == null ? null : cut(target, from.stepsInto());
            session.commands().settle();
            cursor = target.point();
        } finally {
            depth--;
        }
    }

    private static boolean before(Saved s, Cut cut) {
        return cut instanceof EventCut e ? s.events() < e.event() : s.now() <= ((TimeCut) cut).micros();
    }

    /** Steps the run cut short to the target; returns the command that does the same from the run's start. */
    private Step cut(Target target, int stepsDone) {
        Simulation sim = session.sim();
        String line;
        if (target.cut() instanceof EventCut e) {
            int k = stepsDone;
            while (sim.trace().eventCount() < e.event() && sim.step(1) == 1) k++;
            line = "step " + k;
        } else {
            long micros = ((TimeCut) target.cut()).micros();
            sim.advance(micros - sim.now(), () -> false);
            line = "advance " + SimTime.format(micros - point(target.point()).now());
        }
        return new Step(line, false, true, here());
    }

    // ---- the TUI's steps through the history (the recorded future is kept) ----

    /** One event back: just after the event before the present's last (or the command's start); false at the start. */
    public boolean eventBack() {
        Point here = present();
        int first = firstOfEpoch(here.epoch());
        for (int e = here.events() - 1; e > point(first).events(); e--) {
            Target t = atEvent(e);
            goTo(t);
            if (present().events() < here.events()) return true;
        }
        return commandBack();
    }

    /** One event forward within the recorded history; false at its end. */
    public boolean eventForward() {
        Point here = present();
        if (here.events() < point(lastOfEpoch(here.epoch())).events()) {
            goTo(atEvent(here.events() + 1));
            return true;
        }
        return commandForward();
    }

    /** To the start of the command in force (or the one before); false at the start. */
    public boolean commandBack() {
        if (cutStep != null) {
            goTo(new Target(cursor, null));
            return true;
        }
        if (cursor == 0) return false;
        goTo(new Target(cursor - 1, null));
        return true;
    }

    /** To the end of the next recorded command; false at the end of the history. */
    public boolean commandForward() {
        if (cursor >= steps.size()) return false;
        goTo(new Target(cursor + 1, null));
        return true;
    }

    /** The last event of the present's run in the recorded history (the timeline's end). */
    public int lastEvent() {
        return point(lastOfEpoch(present().epoch())).events();
    }

    /** Makes the moment shown the present: the recorded future after it is discarded. */
    public void commit() {
        if (!viewing()) return;
        steps.subList(cursor, steps.size()).clear();
        if (cutStep != null) steps.add(cutStep);
        int kept = cursor;
        saved.removeIf(s -> s.point() > kept || s.point() == kept && s.stepsInto() > 0);
        cutStep = null;
        cursor = steps.size();
        Saved last = saved.get(saved.size() - 1);
        eventsMark = point(last.point()).epoch() == epoch ? last.events() : 0;
        Saved boundary = last;
        for (Saved s : saved) if (s.stepsInto() == 0) boundary = s;
        boundaryEvents = point(boundary.point()).epoch() == epoch ? boundary.events() : 0;
        commandsSinceSave = steps.size() - boundary.point();
    }

    /** The session's history restarts here (the front end replaced the session outside any command). */
    void clear() {
        if (depth > 0) return;
        steps.clear();
        saved.clear();
        start = null;
        cutStep = null;
        cursor = 0;
        epoch = 0;
        restarted = false;
        interval = firstInterval;
        eventsMark = 0;
        boundaryEvents = 0;
        commandsSinceSave = 0;
    }
}
