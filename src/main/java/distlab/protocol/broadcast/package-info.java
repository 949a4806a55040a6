/**
 * Broadcast (lectures 4.2, 4.3 and 5.3): the protocols {@code besteffort}, {@code reliable},
 * {@code gossip}, {@code fifo}, {@code causal} and {@code total}, and the layers behind them,
 * which other protocols embed.
 *
 * <h2>Receive versus deliver</h2>
 * A {@link distlab.protocol.broadcast.BroadcastLayer} sits between a node's application and
 * the network. It <em>receives</em> messages in whatever order the network hands them over and
 * <em>delivers</em> broadcasts when its rule allows; each delivery is a {@code deliver b2}
 * event in the trace, distinct from the receive.
 *
 * <h2>Reusing a layer in another protocol</h2>
 * A protocol that needs ordered broadcast (votes through total order, a text CRDT's operations
 * through causal order) gives each node a layer and routes the layer's messages to it:
 * <pre>{@code
 * // module-level, one per session: ids b1 b2 ..., the delivery record and its order checks
 * BroadcastLog log = new BroadcastLog();
 * BroadcastOptions options = new BroadcastOptions();              // DIRECT; .dissemination(EAGER) relays
 *
 * // per node, in its storage (survives crashes) or in its process (lost on crash)
 * BroadcastLayer layer = new CausalBroadcast(node, log, options);  // or TotalOrderBroadcast.sequencer(...)
 *
 * // to broadcast, inside a handler or sim.runAt(node, ctx -> ...)
 * BroadcastLayer.Sent sent = layer.broadcast(ctx, payload);       // sent.broadcast() is b7
 * sent.delivered().forEach(b -> apply(b.payload()));               // own delivery, if the rule allows at once
 *
 * // in Process.onMessage
 * if (message instanceof BroadcastMessage m) {
 *     for (Broadcast b : layer.onMessage(ctx, from, m)) apply(b.payload());
 * }
 * }</pre>
 * Deliveries come back as return values, in delivery order, so no callback is stored. The
 * group is every server ({@code ctx.servers()}); vectors are indexed by node order. Layers set
 * no timers and keep only plain fields, with references to the shared log and options, so a
 * session snapshot copies them. {@code layer.holdback(servers)} lists what waits and why, for a
 * cluster pane; {@code log.delivered(node)}, {@code log.fifoViolation()} and friends answer
 * paths and checks.
 */
package distlab.protocol.broadcast;
