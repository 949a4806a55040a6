package distlab.engine.command;

import distlab.sim.LabException;

/** Free text from the rest of a line (notes, questions). */
final class Texts {
    private Texts() {}

    static String oneLine(String raw, int max) {
        String text = raw.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) text = text.substring(1, text.length() - 1);
        if (text.isBlank()) throw new LabException("missing text (e.g. note vector clocks grow with the node count)");
        if (text.length() > max) throw new LabException("text too long: " + text.length() + " characters (at most " + max + ")");
        return text;
    }
}
