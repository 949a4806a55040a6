package distlab.check.history;

/** The line formats a history file may use, told apart by its first event (docs/history-checker.md). */
public enum HistoryFormat {
    /** {@code INFO  jepsen.util - 3 :invoke :write 2}. */
    JEPSEN_LOG,
    /** One EDN map per line: {@code {:process 0, :type :invoke, :f :get, :key "6", :value nil}}. */
    EDN;

    static HistoryFormat of(String firstEvent) {
        return firstEvent.stripLeading().startsWith("{") ? EDN : JEPSEN_LOG;
    }
}
