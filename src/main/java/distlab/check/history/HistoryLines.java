package distlab.check.history;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a history file line by line within {@link HistoryLimits}: strict UTF-8, a leading byte
 * order mark dropped, {@code \r\n} or {@code \n} line ends, no line longer than the limit and no
 * more bytes than the limit, so that memory stays bounded whatever the input.
 */
final class HistoryLines {
    interface Sink {
        void line(int number, String text) throws HistoryParseException;
    }

    private HistoryLines() {}

    static void read(Path file, HistoryLimits limits, Sink sink) throws IOException, HistoryParseException {
        String source = file.toString();
        try (InputStream raw = Files.newInputStream(file);
                Counting counted = new Counting(raw);
                Reader in = new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[1 << 16];
            StringBuilder line = new StringBuilder();
            int number = 1;
            boolean first = true;
            int read;
            while ((read = in.read(buffer)) > 0) {
                if (counted.bytes > limits.maxBytes()) {
                    throw new HistoryParseException(source, number, "the file is larger than "
                            + String.format(java.util.Locale.ROOT, "%,d", limits.maxBytes()) + " bytes",
                            "raise --max-bytes, or split the history");
                }
                for (int i = 0; i < read; i++) {
                    char c = buffer[i];
                    if (first) {
                        first = false;
                        if (c == '\uFEFF') {
                            continue; // a byte order mark: not part of the first line
                        }
                    }
                    if (c == '\n') {
                        sink.line(number++, stripCr(line));
                        line.setLength(0);
                    } else if (line.length() >= limits.maxLineChars()) {
                        throw new HistoryParseException(source, number, "line longer than "
                                + String.format(java.util.Locale.ROOT, "%,d", limits.maxLineChars()) + " characters",
                                "is this a history file? Each event goes on a line of its own");
                    } else {
                        line.append(c);
                    }
                }
            }
            if (line.length() > 0) {
                sink.line(number, stripCr(line));
            }
        }
    }

    private static String stripCr(StringBuilder line) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    /** Counts the bytes that pass through. */
    private static final class Counting extends FilterInputStream {
        long bytes;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            bytes += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            bytes += Math.max(n, 0);
            return n;
        }
    }
}
