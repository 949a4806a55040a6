package distlab.engine.command;

import distlab.protocol.command.CommandSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's own commands, by help group, in help order. Adding one is one line in
 * {@link #GROUPS} and one case in {@link #spec}; a test checks the two agree. A protocol's
 * commands come from its plug-in instead.
 *
 * <p>A command's class loads only when a line names it (or help lists them all): a one-line
 * script should not pay for fifty classes at start-up (docs/architecture.md).
 */
final class KernelCommands {
    /** A help group and its commands' names, in help order. */
    record Group(String title, List<String> names, boolean beforeProtocols) {}

    static final List<Group> GROUPS = List.of(
            new Group("Nodes and messages", List.of("spawn", "send", "local", "deliver", "drop", "fire"), true),
            new Group("Time", List.of("step", "advance", "run", "clock"), true),
            new Group("Network and faults", List.of("net", "latency", "bandwidth", "loss", "dup", "partition", "cut", "heal", "crash",
                    "restart"), true),
            new Group("Queries", List.of("show", "expect", "fails", "let", "check", "explore"), true),
            new Group("Views", List.of("nodes", "messages", "events", "clocks", "diagram"), true),
            new Group("Course and notes", List.of("lectures", "lecture", "next", "prev", "note", "question", "done", "progress"), false),
            new Group("Session", List.of("config", "seed", "reset", "rewind", "save", "export", "help", "quit", "exit"), false));

    private KernelCommands() {}

    /** The kernel's declaration of a name, or null if the kernel has no such command. */
    static CommandSpec spec(String name) {
        return switch (name) {
            case "spawn" -> SpawnCommand.SPEC;
            case "send" -> SendCommand.SPEC;
            case "local" -> LocalCommand.SPEC;
            case "deliver" -> DeliverCommand.SPEC;
            case "drop" -> DropCommand.SPEC;
            case "fire" -> FireCommand.SPEC;
            case "step" -> StepCommand.SPEC;
            case "advance" -> AdvanceCommand.SPEC;
            case "run" -> RunCommand.SPEC;
            case "clock" -> ClockCommand.SPEC;
            case "net" -> NetCommand.SPEC;
            case "latency" -> LatencyCommand.SPEC;
            case "bandwidth" -> BandwidthCommand.SPEC;
            case "loss" -> LossCommand.SPEC;
            case "dup" -> DupCommand.SPEC;
            case "partition" -> PartitionCommand.SPEC;
            case "cut" -> CutCommand.SPEC;
            case "heal" -> HealCommand.SPEC;
            case "crash" -> CrashCommand.SPEC;
            case "restart" -> RestartCommand.SPEC;
            case "show" -> ShowCommand.SPEC;
            case "expect" -> ExpectCommand.SPEC;
            case "fails" -> FailsCommand.SPEC;
            case "let" -> LetCommand.SPEC;
            case "check" -> CheckCommand.SPEC;
            case "explore" -> ExploreCommand.SPEC;
            case "nodes" -> NodesCommand.SPEC;
            case "messages" -> MessagesCommand.SPEC;
            case "events" -> EventsCommand.SPEC;
            case "clocks" -> ClocksCommand.SPEC;
            case "diagram" -> DiagramCommand.SPEC;
            case "lectures" -> LecturesCommand.SPEC;
            case "lecture" -> LectureCommand.SPEC;
            case "next" -> NextCommand.SPEC;
            case "prev" -> PrevCommand.SPEC;
            case "note" -> NoteCommand.SPEC;
            case "question" -> QuestionCommand.SPEC;
            case "done" -> DoneCommand.SPEC;
            case "progress" -> ProgressCommand.SPEC;
            case "config" -> ConfigCommand.SPEC;
            case "seed" -> SeedCommand.SPEC;
            case "reset" -> ResetCommand.SPEC;
            case "rewind" -> RewindCommand.SPEC;
            case "save" -> SaveCommand.SPEC;
            case "export" -> ExportCommand.SPEC;
            case "help" -> HelpCommand.SPEC;
            case "quit" -> QuitCommand.SPEC;
            case "exit" -> QuitCommand.EXIT;
            default -> null;
        };
    }

    /** Every kernel command, in help order, each in its group. */
    static List<CommandSpec> all() {
        List<CommandSpec> out = new ArrayList<>();
        for (Group g : GROUPS) for (String name : g.names()) out.add(spec(name).inGroup(g.title()));
        return out;
    }

    /** True for a command of a group listed before the protocols' own groups in {@code help}. */
    static boolean beforeProtocols(CommandSpec spec) {
        for (Group g : GROUPS) if (g.title().equals(spec.group())) return g.beforeProtocols();
        return false;
    }
}
