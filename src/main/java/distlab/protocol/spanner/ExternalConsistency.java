package distlab.protocol.spanner;

import distlab.protocol.client.Op;
import distlab.sim.SimTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spanner's external consistency (lecture 8.2; Corbett et al. 2012, section 4.1.2): whenever op
 * A completed before op B was invoked, in true time, A's timestamp is below B's. Only the
 * simulator knows true time, so only it can judge; it reads the order of invocations and
 * completions from the history. A read at a timestamp the user chose ({@code --ts}) is not held
 * to it: it asks for the past on purpose.
 */
final class ExternalConsistency {
    private ExternalConsistency() {}

    /** The first pair out of real-time order, as a sentence, or null when there is none. */
    static String violation(List<Op> ops, SpannerLedger ledger) {
        List<Op> judged = new ArrayList<>();
        for (Op op : ops) {
            SpannerLedger.Stamp s = ledger.stamp(op.id());
            if (op.invoked() && s != null && !s.chosen()) judged.add(op);
        }
        List<Op> byCompletion = judged.stream().filter(op -> op.status() != Op.Status.PENDING)
                .sorted(Comparator.comparingLong(Op::completePosition)).toList();
        List<Op> byInvocation = judged.stream().sorted(Comparator.comparingLong(Op::invokePosition)).toList();
        // Sweep the invocations in order; keep the completed op with the greatest timestamp so far.
        Op latest = null;
        int next = 0;
        for (Op b : byInvocation) {
            while (next < byCompletion.size() && byCompletion.get(next).completePosition() < b.invokePosition()) {
                Op a = byCompletion.get(next++);
                if (latest == null || ts(ledger, a) > ts(ledger, latest)) latest = a;
            }
            if (latest != null && ts(ledger, latest) >= ts(ledger, b)) {
                return latest.name() + " (ts " + SimTime.format(ts(ledger, latest)) + ") completed before " + b.name()
                        + " began, yet " + b.name() + " has ts " + SimTime.format(ts(ledger, b));
            }
        }
        return null;
    }

    private static long ts(SpannerLedger ledger, Op op) {
        return ledger.stamp(op.id()).ts();
    }
}
