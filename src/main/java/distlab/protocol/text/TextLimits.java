package distlab.protocol.text;

import distlab.sim.LabException;
import distlab.sim.node.NodeId;

/**
 * The bounds of the text protocols (every structure has a limit): how long a node's text and
 * one command's text may be, and how many edits a session may make. Checked before anything
 * changes, so a refused edit leaves no trace.
 */
public final class TextLimits {
    /** The most characters a node's copy of the text may hold. */
    public static final int MAX_LENGTH = 10_000;
    /** The most characters one insert may add. */
    public static final int MAX_INSERT = 200;
    /** The most edits (insert and delete commands) a session may make. */
    public static final int MAX_EDITS = 10_000;

    private TextLimits() {}

    /** Checks {@code insert NODE POS TEXT} against a copy {@code length} characters long. */
    public static void checkInsert(NodeId node, int length, int pos, String text, int edits) {
        checkEdits(edits);
        int count = text.codePointCount(0, text.length());
        if (count == 0) throw new LabException("TEXT is empty: say what to insert, e.g. insert " + node + " " + pos + " hello");
        if (count > MAX_INSERT) throw new LabException("TEXT is " + count + " characters; one insert adds at most " + MAX_INSERT);
        if (pos < 0 || pos > length) throw new LabException(position(node, length, pos, "POS", length));
        if (length + count > MAX_LENGTH) {
            throw new LabException(node + "'s text would be " + (length + count) + " characters, more than the " + MAX_LENGTH + " it may hold");
        }
    }

    /** Checks {@code delete NODE POS LENGTH} against a copy {@code length} characters long. */
    public static void checkDelete(NodeId node, int length, int pos, int count, int edits) {
        checkEdits(edits);
        if (length == 0) throw new LabException(node + "'s text is empty: there is nothing to delete");
        if (pos < 0 || pos >= length) throw new LabException(position(node, length, pos, "POS", length - 1));
        if (count < 1) throw new LabException("LENGTH must be at least 1 (got " + count + ")");
        if (pos + count > length) {
            throw new LabException("LENGTH " + count + " from " + pos + " runs past the end of " + node + "'s text (" + length
                    + " characters): at most " + (length - pos));
        }
    }

    private static String position(NodeId node, int length, int pos, String what, int max) {
        return what + " " + pos + " is outside " + node + "'s text: it has " + length + " characters, so " + what + " is from 0 to " + max;
    }

    private static void checkEdits(int edits) {
        if (edits >= MAX_EDITS) throw new LabException("this session has made " + MAX_EDITS + " edits, the most it may: reset to start again");
    }

    /** The text as a value for show and the cluster pane: quoted, so spaces and an empty text are visible. */
    public static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
