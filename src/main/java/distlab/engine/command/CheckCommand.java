package distlab.engine.command;


import distlab.check.HistoryLinearizability;
import distlab.protocol.client.ClientProtocol;
import distlab.protocol.client.HistoryModel;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;

/** {@code check linearizable}: the verdict on the session's client history. */
final class CheckCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("check")
            .describe("Run a check on the session so far and print its verdict.",
                    "linearizable: is the client history linearizable (docs/history-checker.md)? Ops still pending,",
                    "or that timed out without knowing their outcome, may or may not have taken effect. When it is",
                    "not, prints the smallest failing part: the ops on a timeline, and why no order explains them.")
            .choice("CHECK", Arity.ONE, "linearizable")
            .example("check linearizable", "expect cluster.linearizable")
            .readOnly()
            .body(new CheckCommand());

    /** The session's client protocol, if its history has a model to check against; else one line saying so. */
    static ClientProtocol checkable(Invocation in, String what) {
        if (in.session().module() instanceof ClientProtocol cp && cp.historyModel() != HistoryModel.NONE) return cp;
        throw new LabException(what + " needs a protocol whose clients' history has a model (quorum or raft); this session runs "
                + in.session().protocolName());
    }

    @Override
    void run(Invocation in) {
        ClientProtocol clients = checkable(in, "check linearizable");
        HistoryLinearizability.Report report = HistoryLinearizability.report(clients.history());
        String ops = report.operations() == 0 ? "no ops yet" : report.operations() == 1 ? "1 op" : report.operations() + " ops";
        switch (report.verdict()) {
            case LINEARIZABLE:
                in.println("linearizable (" + ops + ")");
                break;
            case NOT_LINEARIZABLE:
                in.println("not linearizable (" + ops + ")");
                report.explanation().ifPresent(text -> text.lines().forEach(in::println));
                break;
            default:
                in.println("unknown: the checker gave up on " + ops + " (too many concurrent ops to decide)");
        }
    }
}
