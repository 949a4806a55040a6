package distlab.check;

import distlab.check.linearizability.Budget;
import distlab.check.linearizability.CheckResult;
import distlab.check.linearizability.FailureExplanation;
import distlab.check.linearizability.KeyValueModel;
import distlab.check.linearizability.KvOp;
import distlab.check.linearizability.KvResult;
import distlab.check.linearizability.LinearizabilityChecker;
import distlab.check.linearizability.Operation;
import distlab.check.linearizability.Verdict;
import distlab.protocol.client.History;
import distlab.protocol.client.KvRequest;
import distlab.protocol.client.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * docs/history-checker.md, for a session: the client history of any {@code ClientProtocol} (quorum, raft) as the
 * checker's operations on a key-value store, and the verdict on it.
 * <ul>
 * <li>An op never invoked (still waiting behind its client's previous op) is left out.</li>
 * <li>An op still pending, or failed without knowing whether it took effect (a timeout,
 *     {@code outcomeKnown() == false}), stays open: it may take effect at any point after its
 *     invocation, or never (Herlihy &amp; Wing; Jepsen's {@code :info}).</li>
 * <li>A cas that failed with a known outcome found another value: it answered fail. Any other
 *     op that failed with a known outcome did not take effect, and is left out.</li>
 * <li>A get's {@code none} is the model's never-written value.</li>
 * </ul>
 * Ops keep their session ids, so the explanation names them as the session does ({@code op3}).
 */
public final class HistoryLinearizability {
    /** Search budget per key for a session's history. */
    public static final long SESSION_STEPS = 5_000_000L;

    private static final KeyValueModel MODEL = new KeyValueModel();

    private HistoryLinearizability() {}

    /** The verdict, with the checker's explanation when the history is not linearizable. */
    public record Report(Verdict verdict, int operations, Optional<String> explanation) {}

    /** The checker's view of the history. */
    public static List<Operation<KvOp, KvResult>> operations(History history) {
        List<Operation<KvOp, KvResult>> out = new ArrayList<>();
        for (Op op : history.ops()) {
            Operation<KvOp, KvResult> converted = convert(op);
            if (converted != null) out.add(converted);
        }
        return out;
    }

    private static Operation<KvOp, KvResult> convert(Op op) {
        if (!op.invoked()) return null;
        KvOp input = input(op);
        String client = op.client().name();
        if (op.status() == Op.Status.PENDING || !op.outcomeKnown()) {
            return Operation.open(op.id(), client, op.invokePosition(), input);
        }
        KvResult output;
        if (op.status() == Op.Status.OK) {
            output = op.request() instanceof KvRequest.Get ? getResult(op.value()) : KvResult.ok();
        } else if (op.request() instanceof KvRequest.Cas) {
            output = KvResult.fail();
        } else {
            return null;
        }
        return Operation.completed(op.id(), client, op.invokePosition(), op.completePosition(), input, output);
    }

    private static KvOp input(Op op) {
        if (op.request() instanceof KvRequest.Put put) return KvOp.put(put.key(), put.value());
        if (op.request() instanceof KvRequest.Get get) return KvOp.get(get.key());
        if (op.request() instanceof KvRequest.Cas cas) return KvOp.cas(cas.key(), cas.expected(), cas.replacement());
        throw new IllegalArgumentException("no key-value model for " + op.describe());
    }

    private static KvResult getResult(String value) {
        return value == null || value.equals("none") ? KvResult.none() : KvResult.value(value);
    }

    public static Verdict verdict(History history) {
        return LinearizabilityChecker.check(MODEL, operations(history), Budget.steps(SESSION_STEPS)).verdict();
    }

    /**
     * The last verdict, kept until an op completes: a newly invoked op is open and called after
     * every completed op, so it can neither break nor repair the history; only completions can.
     */
    public static final class Memo {
        private History history;
        private int completions = -1;
        private Verdict verdict;

        public Verdict verdict(History current) {
            if (current != history || current.completions().size() != completions) {
                verdict = HistoryLinearizability.verdict(current);
                history = current;
                completions = current.completions().size();
            }
            return verdict;
        }
    }

    /** The verdict and, when it fails, the smallest failing part explained. */
    public static Report report(History history) {
        List<Operation<KvOp, KvResult>> ops = operations(history);
        Budget budget = Budget.steps(SESSION_STEPS);
        CheckResult<KvOp, KvResult> result = LinearizabilityChecker.check(MODEL, ops, budget);
        Optional<String> explanation = Optional.empty();
        if (result.verdict() == Verdict.NOT_LINEARIZABLE) {
            explanation = FailureExplanation.explain(MODEL, ops, budget).map(FailureExplanation::render);
        }
        return new Report(result.verdict(), ops.size(), explanation);
    }
}
