/**
 * Histories from files and the {@code check-history} command ({@link distlab.check.history.CheckHistoryRunner}):
 * Jepsen's log format and EDN maps, for a register or a key-value store, read within limits
 * ({@link distlab.check.history.JepsenLogParser}, docs/history-checker.md).
 */
package distlab.check.history;
