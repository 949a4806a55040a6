package distlab.engine.command;

import distlab.sim.LabException;
import java.util.List;

/** Reads a link written as {@code A B}, {@code A->B} or {@code A -> B}. */
final class Links {
    private Links() {}

    /** The two endpoints, or an empty list when no link is named. */
    static List<String> endpoints(List<String> words, String usage) {
        String joined = String.join(" ", words).replace("->", " -> ").strip();
        if (joined.isEmpty()) return List.of();
        String[] parts = joined.split("\\s+");
        if (parts.length == 2) return List.of(parts[0], parts[1]);
        if (parts.length == 3 && parts[1].equals("->")) return List.of(parts[0], parts[2]);
        throw new LabException("bad link '" + String.join(" ", words) + "'; usage: " + usage);
    }

    /** True when the words say one direction only ({@code A->B}). */
    static boolean oneWay(List<String> words) {
        return String.join(" ", words).contains("->");
    }
}
