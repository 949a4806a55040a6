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

    /** An optional minus sign and at least one digit (no regex: spawn runs at start-up). */
    static boolean isInteger(String word) {
        int start = word.startsWith("-") ? 1 : 0;
        if (word.length() == start) return false;
        for (int i = start; i < word.length(); i++) if (word.charAt(i) < '0' || word.charAt(i) > '9') return false;
        return true;
    }

    static int integer(String word, String what, int min, int max) {
        boolean signed = word.startsWith("+") ? isInteger(word.substring(1)) && !word.startsWith("+-") : isInteger(word);
        if (!signed) throw new LabException(what + " must be a whole number, not '" + WordParser.cut(word) + "'");
        java.math.BigInteger n = new java.math.BigInteger(word);
        if (n.compareTo(java.math.BigInteger.valueOf(min)) < 0 || n.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw new LabException(what + " must be between " + min + " and " + max + " (got " + WordParser.cut(word) + ")");
        }
        return n.intValueExact();
    }

    static long duration(String word) {
        return SimTime.parse(word);
    }

    /** Distinct nodes in the order given; {@code leader} is resolved, a client id creates the client. */
    static List<NodeId> nodes(Invocation in, List<String> words) {
        Set<NodeId> out = new LinkedHashSet<>();
        for (String w : words) {
            if (!out.add(in.node(w))) throw new LabException(w + " is named twice");
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
