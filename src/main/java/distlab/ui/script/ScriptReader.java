package distlab.ui.script;

import distlab.engine.LineSplitter;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a script's lines from its bytes, one line at a time and within limits: a UTF-8
 * byte order mark, CRLF line ends and a missing final newline are accepted; a line that is
 * not valid UTF-8 or holds a NUL byte is refused on its own ({@link BadLine}); a line
 * longer than {@link #MAX_LINE_BYTES} ends the script, so that {@code /dev/zero} or a
 * binary file ends with one clear line instead of filling memory. Only {@link #readLine}
 * reads; it is a BufferedReader so that every reader of scripts can take it.
 */
public final class ScriptReader extends BufferedReader {
    public static final int MAX_LINE_BYTES = LineSplitter.MAX_LINE_CHARS;

    /** A line that cannot be run: its message says why; after a fatal one the script ends. */
    public static final class BadLine extends IOException {
        private final boolean fatal;

        BadLine(String message, boolean fatal) {
            super(message);
            this.fatal = fatal;
        }

        public boolean fatal() {
            return fatal;
        }
    }

    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[256];
    private int lineNumber;
    private boolean ended;

    public ScriptReader(InputStream in) {
        super(Reader.nullReader(), 1);
        this.in = new BufferedInputStream(in, 1 << 16);
    }

    /** The next line without its line end, or null at the end of the script. */
    @Override
    public String readLine() throws IOException {
        if (ended) return null;
        int length = 0;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (length == MAX_LINE_BYTES) {
                ended = true;
                throw new BadLine("line longer than " + MAX_LINE_BYTES + " bytes (is it a text file?): the script stops here", true);
            }
            if (length == line.length) line = Arrays.copyOf(line, Math.min(2 * length, MAX_LINE_BYTES));
            line[length++] = (byte) b;
        }
        if (b < 0) {
            ended = true;
            if (length == 0) return null;
        }
        lineNumber++;
        if (length > 0 && line[length - 1] == '\r') length--;
        int start = lineNumber == 1 && startsWithByteOrderMark(length) ? 3 : 0;
        return decode(start, length);
    }

    private boolean startsWithByteOrderMark(int length) {
        return length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    }

    private String decode(int start, int end) throws BadLine {
        for (int i = start; i < end; i++) {
            if (line[i] == 0) throw new BadLine("the line holds a NUL byte at column " + (i - start + 1) + " (is it a text file?)", false);
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        CharBuffer chars = CharBuffer.allocate(end - start);
        utf8.reset();
        CoderResult result = utf8.decode(bytes, chars, true);
        if (!result.isError()) result = utf8.flush(chars);
        if (result.isError()) {
            throw new BadLine(String.format(Locale.ROOT, "the line is not valid UTF-8 (byte 0x%02x at column %d): save the script as UTF-8",
                    line[bytes.position()] & 0xFF, chars.position() + 1), false);
        }
        return chars.flip().toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
