package distlab.check.history;

import distlab.check.linearizability.KvOp;
import distlab.check.linearizability.KvResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads history files: a single register's (:read/:write/:cas) or a key-value store's
 * (get/put/cas/append over many keys), in Jepsen's log format or as EDN maps. What each
 * completion means is documented in {@link HistoryParser} and docs/history-checker.md.
 */
public final class JepsenLogParser {
    private JepsenLogParser() {}

    /** A register history, within {@link HistoryLimits#DEFAULT}. */
    public static JepsenHistory parse(Path file) throws IOException, HistoryParseException {
        return parse(file, HistoryLimits.DEFAULT);
    }

    public static JepsenHistory parse(Path file, HistoryLimits limits) throws IOException, HistoryParseException {
        return new JepsenHistory(HistoryParser.parse(file, new RegisterOps(), limits));
    }

    public static JepsenHistory parse(String source, List<String> lines) throws HistoryParseException {
        return new JepsenHistory(HistoryParser.parse(source, lines, new RegisterOps(), HistoryLimits.DEFAULT));
    }

    /** A key-value history. */
    public static ParsedHistory<KvOp, KvResult> parseKv(Path file, HistoryLimits limits)
            throws IOException, HistoryParseException {
        return HistoryParser.parse(file, new KvOps(), limits);
    }

    public static ParsedHistory<KvOp, KvResult> parseKv(String source, List<String> lines)
            throws HistoryParseException {
        return HistoryParser.parse(source, lines, new KvOps(), HistoryLimits.DEFAULT);
    }
}
