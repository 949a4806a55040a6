package distlab.protocol.crdt;

/**
 * What op-based replicas (the CRDTs', the text CRDT's) report to their module: the first
 * operation a replica applied before one it depends on (an OR-set remove before its add, a
 * text delete before its insert). One per session, shared by the replicas' processes; a plain
 * field, so a snapshot copies it.
 */
public final class OpChecks {
    private String outOfOrder;

    public void outOfOrder(String what) {
        if (outOfOrder == null) outOfOrder = what;
    }

    /** The first such delivery, or null. */
    public String outOfOrder() {
        return outOfOrder;
    }
}
