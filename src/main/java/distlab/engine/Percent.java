package distlab.engine;

import distlab.sim.LabException;

/** {@code 10}, {@code 10%} or {@code 2.5}: a probability in percent. */
public final class Percent {
    private Percent() {}

    public static double parse(String word) {
        String w = word.endsWith("%") ? word.substring(0, word.length() - 1) : word;
        if (!w.matches("\\d{1,3}(\\.\\d{1,6})?")) throw new LabException("'" + word + "' is not a percentage (e.g. 10 or 2.5%)");
        double p = Double.parseDouble(w);
        if (p > 100) throw new LabException("a percentage is at most 100 (got " + word + ")");
        return p;
    }

    public static String show(double p) {
        return (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)) + "%";
    }
}
