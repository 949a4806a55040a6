package distlab.engine.command;

/** Every command, grouped for {@code help}. Adding a command is one line here. */
final class CommandCatalog {
    private CommandCatalog() {}

    static void register(CommandSet set) {
        String nodes = "Nodes and messages";
        set.add(nodes, "spawn", SpawnCommand::new);
        set.add(nodes, "send", SendCommand::new);
        set.add(nodes, "local", LocalCommand::new);
        set.add(nodes, "deliver", DeliverCommand::new);
        set.add(nodes, "drop", DropCommand::new);
        String time = "Time";
        set.add(time, "step", StepCommand::new);
        set.add(time, "advance", AdvanceCommand::new);
        set.add(time, "run", RunCommand::new);
        String clients = "Clients (quorum, raft)";
        set.add(clients, "put", PutCommand::new);
        set.add(clients, "get", GetCommand::new);
        set.add(clients, "cas", CasCommand::new);
        String crdts = "CRDTs (gcounter, pncounter, lwwreg, mvreg, lwwset, orset)";
        set.add(crdts, "inc", IncCommand::new);
        set.add(crdts, "dec", DecCommand::new);
        set.add(crdts, "set", SetCommand::new);
        set.add(crdts, "add", AddCommand::new);
        set.add(crdts, "remove", RemoveCommand::new);
        set.add(crdts, "sync", SyncCommand::new);
        set.add(crdts, "gossip", GossipCommand::new);
        String faults = "Network and faults";
        set.add(faults, "net", NetCommand::new);
        set.add(faults, "latency", LatencyCommand::new);
        set.add(faults, "loss", LossCommand::new);
        set.add(faults, "dup", DupCommand::new);
        set.add(faults, "partition", PartitionCommand::new);
        set.add(faults, "cut", CutCommand::new);
        set.add(faults, "heal", HealCommand::new);
        set.add(faults, "crash", CrashCommand::new);
        set.add(faults, "restart", RestartCommand::new);
        String queries = "Queries";
        set.add(queries, "show", ShowCommand::new);
        set.add(queries, "expect", ExpectCommand::new);
        set.add(queries, "let", LetCommand::new);
        set.add(queries, "check", CheckCommand::new);
        String views = "Views";
        set.add(views, "nodes", NodesCommand::new);
        set.add(views, "messages", MessagesCommand::new);
        set.add(views, "events", EventsCommand::new);
        set.add(views, "clocks", ClocksCommand::new);
        set.add(views, "diagram", DiagramCommand::new);
        String course = "Course and notes";
        set.add(course, "lectures", LecturesCommand::new);
        set.add(course, "lecture", LectureCommand::new);
        set.add(course, "next", NextCommand::new);
        set.add(course, "prev", PrevCommand::new);
        set.add(course, "note", NoteCommand::new);
        set.add(course, "question", QuestionCommand::new);
        set.add(course, "done", DoneCommand::new);
        set.add(course, "progress", ProgressCommand::new);
        String session = "Session";
        set.add(session, "config", ConfigCommand::new);
        set.add(session, "seed", SeedCommand::new);
        set.add(session, "reset", ResetCommand::new);
        set.add(session, "help", HelpCommand::new);
        set.add(session, "quit", QuitCommand::new);
        set.add(session, "exit", QuitCommand::new);
    }
}
