/**
 * Histories from files: the Jepsen register log format ({@link distlab.check.history.JepsenLogParser})
 * and the {@code check-history} command ({@link distlab.check.history.CheckHistoryRunner}).
 */
package distlab.check.history;
