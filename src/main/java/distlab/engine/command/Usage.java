package distlab.engine.command;

import distlab.protocol.command.CommandSpec;
import distlab.protocol.command.OptionSpec;
import java.util.ArrayList;
import java.util.List;

/** Help text, built from each command's declaration. */
public final class Usage {
    private Usage() {}

    /** {@code help COMMAND}: usage, description, options and examples; which protocols have it. */
    public static List<String> help(CommandSpec spec, List<String> protocols) {
        List<String> out = new ArrayList<>();
        out.add("usage: " + spec.synopsis());
        for (String line : spec.description()) out.add("  " + line);
        for (OptionSpec option : spec.options()) {
            out.add("  " + option.name() + (option.takesValue() ? " " + option.label() : "") + "  " + option.help());
        }
        if (!protocols.isEmpty()) out.add("  protocols: " + String.join(" ", protocols));
        for (int i = 0; i < spec.examples().size(); i++) {
            String head = spec.examples().size() == 1 ? "example: " : i == 0 ? "examples: " : "          ";
            out.add(head + spec.examples().get(i));
        }
        return out;
    }

    /** Levenshtein distance, for "did you mean" hints. */
    static int distance(String a, String b) {
        if (a.length() > 64) return Integer.MAX_VALUE;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
