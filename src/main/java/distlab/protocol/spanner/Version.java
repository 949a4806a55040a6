package distlab.protocol.spanner;

import distlab.sim.SimTime;

/** One version of a key in a multi-version store (MVCC): its value and the commit timestamp of the transaction that wrote it. */
record Version(long ts, String value, int txn) {
    @Override
    public String toString() {
        return value + "@" + SimTime.format(ts);
    }
}
