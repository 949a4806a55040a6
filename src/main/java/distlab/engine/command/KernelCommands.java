package distlab.engine.command;

import distlab.protocol.command.CommandSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's own commands, by help group, in help order. Adding one is one line here; a
 * protocol's commands come from its plug-in instead.
 */
final class KernelCommands {
    /** Groups listed before the protocols' own groups in {@code help}. */
    static final List<String> FIRST_GROUPS = List.of("Nodes and messages", "Time", "Network and faults", "Queries", "Views");
    /** Groups listed after them. */
    static final List<String> LAST_GROUPS = List.of("Course and notes", "Session");

    private KernelCommands() {}

    static List<CommandSpec> all() {
        List<CommandSpec> out = new ArrayList<>();
        add(out, "Nodes and messages", SpawnCommand.SPEC, SendCommand.SPEC, LocalCommand.SPEC, DeliverCommand.SPEC, DropCommand.SPEC,
                FireCommand.SPEC);
        add(out, "Time", StepCommand.SPEC, AdvanceCommand.SPEC, RunCommand.SPEC, ClockCommand.SPEC);
        add(out, "Network and faults", NetCommand.SPEC, LatencyCommand.SPEC, BandwidthCommand.SPEC, LossCommand.SPEC, DupCommand.SPEC, PartitionCommand.SPEC,
                CutCommand.SPEC, HealCommand.SPEC, CrashCommand.SPEC, RestartCommand.SPEC);
        add(out, "Queries", ShowCommand.SPEC, ExpectCommand.SPEC, FailsCommand.SPEC, LetCommand.SPEC, CheckCommand.SPEC,
                ExploreCommand.SPEC);
        add(out, "Views", NodesCommand.SPEC, MessagesCommand.SPEC, EventsCommand.SPEC, ClocksCommand.SPEC, DiagramCommand.SPEC);
        add(out, "Course and notes", LecturesCommand.SPEC, LectureCommand.SPEC, NextCommand.SPEC, PrevCommand.SPEC, NoteCommand.SPEC,
                QuestionCommand.SPEC, DoneCommand.SPEC, ProgressCommand.SPEC);
        add(out, "Session", ConfigCommand.SPEC, SeedCommand.SPEC, ResetCommand.SPEC, HelpCommand.SPEC, QuitCommand.SPEC,
                QuitCommand.SPEC.alias("exit"));
        return out;
    }

    private static void add(List<CommandSpec> out, String group, CommandSpec... specs) {
        for (CommandSpec s : specs) out.add(s.inGroup(group));
    }
}
