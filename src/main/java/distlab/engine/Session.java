package distlab.engine;

import distlab.engine.command.CommandRegistry;
import distlab.lecture.Course;
import distlab.lecture.LabHome;
import distlab.lecture.Lecture;
import distlab.lecture.NotesStore;
import distlab.protocol.ProtocolModule;
import distlab.sim.LabException;
import distlab.sim.Limits;
import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.Value;
import distlab.sim.snapshot.DeepCopy;
import distlab.sim.node.NodeId;
import distlab.sim.node.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One lab session: a simulation, the protocol it runs, the user's variables, and the
 * command language. Every front end feeds lines to {@link #execute} and shows the result,
 * so scripts, the REPL and the TUI behave alike (jlox's one pipeline).
 */
public final class Session {
    public static final long DEFAULT_RUN_MICROS = 10 * SimTime.MICROS_PER_SECOND;
    public static final long DEFAULT_RUN_MAX_MICROS = 3600 * SimTime.MICROS_PER_SECOND;

    private final Limits limits;
    private final CommandRegistry commands;
    private final KernelSettings kernelSettings = new KernelSettings(this);
    private final SessionPaths paths = new SessionPaths(this);
    private final DeepCopy copier = new DeepCopy();
    /** The history time travel goes back in (rewind, save, the TUI's timeline). */
    private final Timeline timeline = new Timeline(this);
    private long seed;
    /** Everything a run depends on; a checkpoint is a copy of it. */
    private RunState run;
    /** Nothing has changed the run state since the last reset: a checkpoint is just "a reset". */
    private boolean pristine;
    private Course course;
    private Lecture currentLecture;
    private LabHome home;
    private boolean lectureTextInOutput = true;

    public Session(long seed) {
        this(seed, Limits.DEFAULT);
    }

    public Session(long seed, Limits limits) {
        this.limits = limits;
        this.seed = seed;
        this.commands = new CommandRegistry(this);
        reset();
    }

    /** Runs one line of the command language. Never throws for bad input. */
    public Result execute(String line) {
        return timeline.execute(line);
    }

    public Timeline timeline() { return timeline; }

    public CommandRegistry commands() { return commands; }
    public KernelSettings kernelSettings() { return kernelSettings; }
    public Simulation sim() { return run.sim; }
    public long seed() { return seed; }
    public Limits limits() { return limits; }
    public SessionPaths paths() { return paths; }
    public Map<String, String> variables() { return run.variables; }
    public long runDefaultMicros() { return run.runDefaultMicros; }
    public long runMaxMicros() { return run.runMaxMicros; }
    public void setRunDefaultMicros(long micros) { run.runDefaultMicros = micros; }
    public void setRunMaxMicros(long micros) { run.runMaxMicros = micros; }
    /** How many client completions have been reported (the registry prints each once). */
    public int reportedCompletions() { return run.reportedCompletions; }
    public void setReportedCompletions(int n) { run.reportedCompletions = n; }

    /**
     * The session's whole run state, copied: restoring it later puts the session back exactly
     * there, ids and random draws included (docs/architecture.md, snapshots).
     */
    public Checkpoint checkpoint() {
        // A fresh session is its seed: no copy, so a one-line script never loads the copier.
        if (pristine) return new Checkpoint(null, seed, 0);
        RunState copy = copier.copy(run, journalOf(run));
        return new Checkpoint(copy, seed, copier.lastCount());
    }

    /** The journal's full chunks, shared (copy on write) between the session and its checkpoints. */
    private static java.util.Set<Object> journalOf(RunState state) {
        java.util.Set<Object> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        state.sim.shareJournal(keep);
        return keep;
    }

    /** Puts the session back at a checkpoint; the checkpoint stays as it was, for later restores. */
    public void restore(Checkpoint checkpoint) {
        seed = checkpoint.seed;
        if (checkpoint.state == null) {
            freshRun();
            return;
        }
        run = copier.copy(checkpoint.state, journalOf(checkpoint.state));
        pristine = false;
    }

    /** Something may change the run state now (a command that is not read-only, a spawn). */
    public void touch() {
        pristine = false;
    }

    /** A copy of a session's run state. */
    public static final class Checkpoint {
        private final RunState state;
        /** The seed a later reset uses: seed changes it outside the run state. */
        private final long seed;

        /** Objects copied: the checkpoint's size, as time travel's memory budget counts it. */
        private final int objects;

        private Checkpoint(RunState state, long seed, int objects) {
            this.state = state;
            this.seed = seed;
            this.objects = objects;
        }

        long seed() {
            return seed;
        }

        public int objects() {
            return objects;
        }
    }

    /** What a run depends on: the simulation, the protocol module, the user's variables, counters. */
    private static final class RunState {
        Simulation sim;
        ProtocolModule module;
        final Map<String, String> variables = new TreeMap<>();
        int nextNodeNumber = 1;
        long runDefaultMicros = DEFAULT_RUN_MICROS;
        long runMaxMicros = DEFAULT_RUN_MAX_MICROS;
        int reportedCompletions;
    }

    /** The course, loaded on first use. */
    public Course course() {
        if (course == null) course = Course.load();
        return course;
    }

    /** The lecture the learner has open (lecture, next, prev), if any. Kept across reset. */
    public Optional<Lecture> currentLecture() {
        return Optional.ofNullable(currentLecture);
    }

    public void openLecture(Lecture lecture) {
        currentLecture = lecture;
    }

    /** Where notes live; without one, the notes commands explain how to get one. */
    public void setHome(LabHome home) {
        this.home = home;
    }

    /** The notes store of the lab's home. */
    public NotesStore notes() {
        if (home == null) throw new LabException("this session has no lab home for notes (start the lab with --home DIR)");
        return new NotesStore(home, course());
    }

    /** Whether {@code lecture} prints the lecture's text (front ends with a lecture pane turn this off). */
    public boolean lectureTextInOutput() {
        return lectureTextInOutput;
    }

    public void setLectureTextInOutput(boolean print) {
        lectureTextInOutput = print;
    }

    /** The protocol module, or null before the first spawn. */
    public ProtocolModule module() { return run.module; }

    /** Name of the session's protocol, or "none" before the first spawn. */
    public String protocolName() {
        return run.module == null ? "none" : run.module.name();
    }

    public void reset() {
        timeline.clear();
        freshRun();
    }

    private void freshRun() {
        run = new RunState();
        run.sim = new Simulation(seed, limits);
        pristine = true;
    }

    public void setSeed(long newSeed) {
        seed = newSeed;
        reset();
    }

    /** Spawns numbered nodes (n1, n2, ... continuing) or named ones, running the given protocol. */
    public List<NodeId> spawn(int count, List<String> names, String protocol) {
        touch();
        ProtocolModule target = run.module;
        if (run.module != null && !run.module.name().equals(protocol)) {
            throw new LabException("this session runs " + run.module.name() + ": all nodes run one protocol (reset first to use " + protocol + ")");
        }
        if (run.sim.servers().size() + Math.max(count, names.size()) > limits.maxNodes()) {
            throw new LabException("too many nodes: at most " + limits.maxNodes() + " servers (there are " + run.sim.servers().size() + ")");
        }
        ProtocolModule fresh = target == null ? Protocols.create(protocol) : null;
        String refusal = (fresh != null ? fresh : target).spawnRefusal(run.sim.servers().size() + count + names.size());
        if (refusal != null) throw new LabException(refusal);
        List<String> chosen = new ArrayList<>(names);
        for (String name : names) {
            Names.checkNodeName(name, commands.names(), Protocols.names(), Protocols.idPrefixes());
            if (run.sim.find(name).isPresent()) throw new LabException("a node named '" + name + "' already exists");
        }
        if (chosen.stream().distinct().count() != chosen.size()) throw new LabException("a name is given twice");
        for (int i = 0; i < count; i++) {
            String name;
            do { name = "n" + run.nextNodeNumber++; } while (run.sim.find(name).isPresent());
            chosen.add(name);
        }
        if (fresh != null) {
            target = fresh;
            target.attach(run.sim);
            run.module = target;
        }
        return run.sim.spawn(chosen, NodeKind.SERVER, target.servers());
    }

    /** The node a NODE argument names; {@code leader} means the current leader. */
    public NodeId node(String name) {
        if (name.equals("leader")) return leader();
        return run.sim.find(name).orElseThrow(() -> new LabException("unknown node '" + name + "' (" + nodeList() + ")"));
    }

    private NodeId leader() {
        Value v = run.module == null ? null : run.module.clusterValue("leader");
        if (v == null) throw new LabException("'leader' needs a protocol with leaders (raft); this session runs " + protocolName());
        if (v.equals(Value.NONE)) throw new LabException("there is no leader right now (try: run 5s until cluster.leader != none)");
        return node(v.show());
    }

    /** {@code nodes: n1 n2 n3}, or a hint to spawn some. */
    public String nodeList() {
        if (run.sim.nodes().isEmpty()) return "no nodes yet: spawn 3";
        return "nodes: " + run.sim.nodes().stream().map(NodeId::name).collect(Collectors.joining(" "));
    }

    /** The message number that {@code m7} names. */
    public int message(String word) {
        if (!word.matches("m\\d+")) throw new LabException("'" + cut(word) + "' is not a message id (messages are m1, m2, ...)");
        if (!word.matches("m\\d{1,9}") || !run.sim.messages().exists(Integer.parseInt(word.substring(1)))) {
            throw new LabException("unknown message '" + cut(word) + "' (" + messageRange() + ")");
        }
        return Integer.parseInt(word.substring(1));
    }

    private static String cut(String word) {
        return word.length() <= 24 ? word : word.substring(0, 20) + "...";
    }

    private String messageRange() {
        int n = run.sim.messages().count();
        return n == 0 ? "no messages yet" : n == 1 ? "messages: m1" : "messages: m1..m" + n;
    }

    /** The trace entry of the event that {@code e7} names. */
    public int eventEntry(String word) {
        if (!word.matches("e\\d+")) throw new LabException("'" + cut(word) + "' is not an event id (events are e1, e2, ...)");
        int n = run.sim.trace().eventCount();
        int e = word.matches("e\\d{1,9}") ? Integer.parseInt(word.substring(1)) : 0;
        if (e < 1 || e > n) {
            throw new LabException("unknown event '" + cut(word) + "' (" + (n == 0 ? "no events yet" : n == 1 ? "events: e1" : "events: e1..e" + n) + ")");
        }
        return run.sim.trace().entryOfEvent(e);
    }
}
