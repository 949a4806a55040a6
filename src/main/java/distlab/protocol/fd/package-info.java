/**
 * Failure detectors (lecture 2.4): protocol "fd", and the reusable {@link distlab.protocol.fd.HeartbeatDetector}.
 *
 * <p>Another protocol's process can embed the detector, as fault-tolerant two-phase commit does
 * to vote abort for a suspected participant:
 *
 * <pre>{@code
 * private final HeartbeatDetector detector = new HeartbeatDetector(settings, SuspicionLog.NONE);
 *
 * public void onStart(Context ctx) { detector.onStart(ctx); ... }
 * public void onMessage(Context ctx, NodeId from, Object payload) {
 *     if (detector.onMessage(ctx, from, payload)) return;    // a heartbeat
 *     ...
 * }
 * public void onTimer(Context ctx, TimerTag tag) {
 *     if (detector.onTimer(ctx, tag)) {
 *         for (NodeId n : detector.takeNewSuspicions()) ...  // e.g. vote abort for n
 *         return;
 *     }
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link distlab.protocol.fd.DetectorConfig} supplies the heartbeat interval, the timeout and
 * whether it adapts, read on every use (a module's settings object can implement it);
 * {@code suspects()} and {@code timeoutOf(node)} are its view. The detector watches every other
 * server ({@code Context.servers()}), sends {@code Heartbeat} messages and sets its own timers,
 * and keeps only plain collections, so it is copyable with the process that holds it. Its state
 * is volatile: a restarted node trusts everyone again.
 */
package distlab.protocol.fd;
