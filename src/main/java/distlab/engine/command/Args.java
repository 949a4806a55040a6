package distlab.engine.command;

import distlab.engine.Session;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.node.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads command arguments, with errors that say what would be right. */
final class Args {
    private Args() {}

    static int integer(String word, String what, int min, int max) {
        if (!word.matches("-?\\d{1,10}")) throw new LabException(what + " must be a whole number, not '" + word + "'");
        long n = Long.parseLong(word);
        if (n < min || n > max) throw new LabException(what + " must be between " + min + " and " + max + " (got " + word + ")");
        return (int) n;
    }

    static long duration(String word) {
        return SimTime.parse(word);
    }

    /** {@code 10} or {@code 10%} or {@code 2.5}: a probability in percent. */
    static double percent(String word) {
        String w = word.endsWith("%") ? word.substring(0, word.length() - 1) : word;
        if (!w.matches("\\d{1,3}(\\.\\d{1,6})?")) throw new LabException("'" + word + "' is not a percentage (e.g. 10 or 2.5%)");
        double p = Double.parseDouble(w);
        if (p > 100) throw new LabException("a percentage is at most 100 (got " + word + ")");
        return p;
    }

    static String percentText(double p) {
        return (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)) + "%";
    }

    /** Distinct nodes in the order given; {@code leader} is resolved. */
    static List<NodeId> nodes(Session session, List<String> words) {
        Set<NodeId> out = new LinkedHashSet<>();
        for (String w : words) {
            if (!out.add(session.node(w))) throw new LabException(w + " is named twice");
        }
        return new ArrayList<>(out);
    }

    /** Distinct message numbers in the order given. */
    static List<Integer> messages(Session session, List<String> words) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String w : words) {
            if (!out.add(session.message(w))) throw new LabException(w + " is named twice");
        }
        return new ArrayList<>(out);
    }
}
