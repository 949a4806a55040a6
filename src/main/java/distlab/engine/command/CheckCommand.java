package distlab.engine.command;

import distlab.check.HistoryLinearizability;
import distlab.engine.ClientOps;
import distlab.protocol.client.History;
import distlab.sim.LabException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check", customSynopsis = "check CHECK",
        description = {"Run a check on the session so far and print its verdict.",
                "linearizable: is the client history linearizable (SPEC §7)? Ops still pending, or that timed out",
                "  without knowing their outcome, may or may not have taken effect. When it is not, prints the",
                "  smallest failing part: the ops on a timeline, and why no order explains them. (quorum, raft)"},
        footer = {"examples: check linearizable", "          expect cluster.linearizable"})
final class CheckCommand implements LabCommand {
    /** The checks there are; the first word after {@code check}. */
    static final List<String> CHECKS = List.of("linearizable");

    @Parameters(arity = "0..*", paramLabel = "CHECK")
    List<String> words;

    @Override
    public void run(Invocation in) {
        if (words == null || words.isEmpty()) throw new LabException("usage: check CHECK (checks: " + String.join(" ", CHECKS) + ")");
        String check = words.get(0);
        if (!CHECKS.contains(check)) throw new LabException("unknown check '" + check + "' (checks: " + String.join(" ", CHECKS) + ")");
        if (words.size() > 1) throw new LabException("check " + check + " takes no arguments (got '" + String.join(" ", words.subList(1, words.size())) + "')");
        linearizable(in);
    }

    private static void linearizable(Invocation in) {
        History history = ClientOps.history(in.session()).orElseThrow(() -> new LabException(
                "check linearizable needs a protocol with clients (quorum or raft); this session runs " + in.session().protocolName()));
        HistoryLinearizability.Report report = HistoryLinearizability.report(history);
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
