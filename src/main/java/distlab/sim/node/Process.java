package distlab.sim.node;

/**
 * What runs on a node: a handler per stimulus, like DSLabs' nodes. A process holds only
 * volatile state; what must survive a crash lives in the storage object its
 * {@link Protocol} hands it, because a restart builds a new process around that storage.
 */
public interface Process {
    /** The node has just been spawned or restarted. */
    default void onStart(Context ctx) {}

    /** A message arrived. The kernel has already recorded the receive event and its clocks. */
    void onMessage(Context ctx, NodeId from, Object payload);

    /** A timer set with {@link Context#setTimer} fired. */
    default void onTimer(Context ctx, TimerTag tag) {}
}
