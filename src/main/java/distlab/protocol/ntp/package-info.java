/**
 * Clock synchronisation (lecture 3.2; docs/commands.md, protocol "ntp"): NTP's four-timestamp
 * exchange, Cristian's algorithm and the Berkeley algorithm, over the kernel's physical clocks.
 *
 * <h2>The clocks this package builds on</h2>
 * Every node of every protocol has a {@link distlab.sim.PhysicalClock}, kept by the kernel.
 * Its time-of-day reading is the true virtual time plus an offset that grows at the clock's
 * drift rate; its monotonic reading follows drift, slews and smears but never a step. A fresh
 * clock is perfect, so protocols that ignore clocks behave exactly as before.
 * <ul>
 * <li>A process reads and corrects its own clock through {@code ctx.clock()}
 *     ({@link distlab.sim.node.NodeClock}: {@code read}, {@code monotonic}, {@code step},
 *     {@code slew}). {@code ctx.now()} is the true time, which no real node can read: use it for
 *     the simulation's own bookkeeping, never for a decision the node makes.</li>
 * <li>A module, which sees the whole cluster, reaches any clock with
 *     {@code sim.clock(node)} and reads or changes it at {@code sim.now()}:
 *     {@code reading}, {@code monotonic}, {@code offset}, {@code setOffset}, {@code setDrift},
 *     {@code step}, {@code slew}, {@code smear}. {@code offset} is the truth the nodes lack;
 *     this package's referee uses it to judge each estimate.</li>
 * </ul>
 *
 * <h2>Building TrueTime on it (lecture 8.2)</h2>
 * A Spanner module gives every node an error bound ε and draws each clock's offset within
 * ±ε: at spawn, {@code sim.clock(n).setOffset(sim.now(), offset)} with the offset from
 * {@code sim.rng()}, optionally a drift with {@code setDrift}. A node's TT.now() is then the
 * interval [{@code ctx.clock().read()} − ε, {@code ctx.clock().read()} + ε], which contains
 * the true time as long as |offset| ≤ ε; the module can check that against
 * {@code sim.clock(n).offset(sim.now())}. Commit wait is a timer: the delay until
 * TT.now().earliest passes the commit timestamp is (ts + ε) − read() on the node's clock,
 * converted to true time by the clock's rate (exact when the drift is 0).
 */
package distlab.protocol.ntp;
