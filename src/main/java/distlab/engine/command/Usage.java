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

    /**
     * Edit distance counting a swap of two neighbours as one edit (optimal string alignment),
     * for "did you mean" hints: {@code hlep} is one edit from {@code help}.
     */
    static int distance(String a, String b) {
        if (a.length() > 64) return Integer.MAX_VALUE;
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
