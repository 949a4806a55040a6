package distlab.protocol.client;

import distlab.sim.node.NodeId;

/**
 * One client operation (op1, op2, ... in issue order), with the invocation and completion
 * that the linearizability checker reads. Positions order every invocation and completion
 * of the session, so events at the same instant keep the order in which they happened.
 */
public final class Op {
    public enum Status { PENDING, OK, FAILED }

    private final int id;
    private final NodeId client;
    private final Request request;
    private Status status = Status.PENDING;
    private String value;
    private String error;
    private boolean outcomeKnown = true;
    private long invokeTime = -1;
    private long invokePosition = -1;
    private long completeTime = -1;
    private long completePosition = -1;

    Op(int id, NodeId client, Request request) {
        this.id = id;
        this.client = client;
        this.request = request;
    }

    public int id() { return id; }
    public String name() { return "op" + id; }
    public NodeId client() { return client; }
    /** What the client asked for. */
    public Request request() { return request; }
    /** {@code put}, {@code get} or {@code cas}. */
    public String kind() { return request.verb(); }
    public String key() { return request.key(); }
    public Status status() { return status; }
    /** What a read returned ({@code none} if never written), else null. */
    public String value() { return value; }
    /** Why the op failed: e.g. {@code cas mismatch}, {@code timeout}. */
    public String error() { return error; }
    /**
     * False when the op failed without knowing whether it took effect (a timeout): for the
     * checker it stays open, like Jepsen's {@code :info}.
     */
    public boolean outcomeKnown() { return outcomeKnown && status != Status.PENDING; }
    public boolean invoked() { return invokePosition >= 0; }
    public long invokeTime() { return invokeTime; }
    public long invokePosition() { return invokePosition; }
    public long completeTime() { return completeTime; }
    public long completePosition() { return completePosition; }

    /** {@code put x 1}, {@code get x}, {@code cas x 1 2}. */
    public String describe() {
        return request.describe();
    }

    void markInvoked(long time, long position) {
        invokeTime = time;
        invokePosition = position;
    }

    void markCompleted(long time, long position, Status newStatus, String result, String why, boolean known) {
        completeTime = time;
        completePosition = position;
        status = newStatus;
        value = result;
        error = why;
        outcomeKnown = known;
    }
}
