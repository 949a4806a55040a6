/**
 * Linearizability checking (Herlihy & Wing 1990), independent of any data type.
 *
 * <p>Build a history as a list of {@link distlab.check.linearizability.Operation}s (ids dense from
 * 0; one call and one return position per operation, or {@code Operation.open} for one that never
 * returned), pick a {@link distlab.check.linearizability.Model} ({@link
 * distlab.check.linearizability.KeyValueModel} for put/get/cas/append on keys, {@link
 * distlab.check.linearizability.CasRegisterModel} for a single Jepsen-style register), then:
 *
 * <pre>{@code
 * CheckResult<KvOp, KvResult> result = LinearizabilityChecker.check(new KeyValueModel(), history);
 * if (result.verdict() == Verdict.NOT_LINEARIZABLE) {
 *     FailureExplanation.explain(new KeyValueModel(), history)
 *             .ifPresent(e -> System.out.println(e.render()));
 * }
 * }</pre>
 *
 * <p>The search is Wing & Gong's, with Lowe's memoisation (kept as 128-bit fingerprints within a
 * memory budget), run per partition, in parallel if the budget allows (Horn & Kroening's
 * P-compositionality), as in Porcupine.
 */
package distlab.check.linearizability;
