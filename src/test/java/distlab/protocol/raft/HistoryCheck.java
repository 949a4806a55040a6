package distlab.protocol.raft;

import distlab.check.linearizability.KeyValueModel;
import distlab.check.linearizability.KvOp;
import distlab.check.linearizability.KvResult;
import distlab.check.linearizability.LinearizabilityChecker;
import distlab.check.linearizability.Operation;
import distlab.check.linearizability.Verdict;
import distlab.protocol.client.History;
import distlab.protocol.client.Op;
import java.util.ArrayList;
import java.util.List;

/** A session's client history checked against the key-value model (until cluster.linearizable is in main). */
final class HistoryCheck {
    private HistoryCheck() {}

    static Verdict verdict(History history) {
        List<Operation<KvOp, KvResult>> ops = new ArrayList<>();
        for (Op op : history.ops()) {
            if (!op.invoked()) continue;
            KvOp input = switch (op.kind()) {
                case "put" -> KvOp.put(op.key(), op.args().get(0));
                case "get" -> KvOp.get(op.key());
                default -> KvOp.cas(op.key(), op.args().get(0), op.args().get(1));
            };
            int id = ops.size();
            String client = op.client().name();
            if (op.status() == Op.Status.PENDING) {
                ops.add(Operation.open(id, client, op.invokePosition(), input));
            } else if (!op.outcomeKnown()) {
                ops.add(Operation.unknownOutcome(id, client, op.invokePosition(), op.completePosition(), input));
            } else {
                KvResult output = op.kind().equals("get") ? KvResult.value("none".equals(op.value()) ? null : op.value())
                        : op.status() == Op.Status.OK ? KvResult.ok() : KvResult.fail();
                ops.add(Operation.completed(id, client, op.invokePosition(), op.completePosition(), input, output));
            }
        }
        return LinearizabilityChecker.check(new KeyValueModel(), ops).verdict();
    }
}
