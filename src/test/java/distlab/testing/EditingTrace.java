package distlab.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The real editing trace of src/test/resources/conformance/editing-trace (its README): 259,778
 * single-character edits by index, and the text they give. Loaded once into arrays, so a
 * benchmark replays it without parsing.
 */
public final class EditingTrace {
    private static final String DIR = "/conformance/editing-trace/";

    /** Per edit: true for an insert. */
    public final boolean[] insert;
    /** Per edit: the index it applies at. */
    public final int[] index;
    /** Per insert: the code point inserted (0 for a delete). */
    public final int[] codePoint;
    public final String finalText;

    private EditingTrace(boolean[] insert, int[] index, int[] codePoint, String finalText) {
        this.insert = insert;
        this.index = index;
        this.codePoint = codePoint;
        this.finalText = finalText;
    }

    public int size() {
        return index.length;
    }

    public static EditingTrace load() {
        try {
            String[] lines = read("editing-trace.txt.gz").split("\n");
            boolean[] insert = new boolean[lines.length];
            int[] index = new int[lines.length];
            int[] codePoint = new int[lines.length];
            for (int i = 0; i < lines.length; i++) {
                String[] f = lines[i].split(" ");
                insert[i] = f[0].equals("i");
                if (!insert[i] && !f[0].equals("d")) throw new IllegalStateException("line " + (i + 1) + ": " + lines[i]);
                index[i] = Integer.parseInt(f[1]);
                if (insert[i]) codePoint[i] = Integer.parseInt(f[2]);
            }
            return new EditingTrace(insert, index, codePoint, read("final-text.tex.gz"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) throws IOException {
        InputStream raw = EditingTrace.class.getResourceAsStream(DIR + name);
        if (raw == null) throw new IOException("missing test resource " + DIR + name);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) b.append(buf, 0, n);
            String s = b.toString();
            return s.endsWith("\n") && name.startsWith("editing") ? s.substring(0, s.length() - 1) : s;
        }
    }
}
