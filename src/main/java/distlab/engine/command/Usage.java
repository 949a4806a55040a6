package distlab.engine.command;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Usage lines and help text, built from each command's picocli annotations. */
public final class Usage {
    private Usage() {}

    /** {@code send FROM TO [PAYLOAD]}. */
    public static String synopsis(CommandSpec spec) {
        String[] custom = spec.usageMessage().customSynopsis();
        return custom.length > 0 ? custom[0] : spec.name();
    }

    /** One line: what was wrong with the words, and the usage. */
    static String problem(CommandLine.ParameterException e, CommandSpec spec) {
        String what;
        if (e instanceof CommandLine.MissingParameterException missing) {
            what = "missing " + missing.getMissing().stream().map(Usage::label).collect(Collectors.joining(" and "));
        } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> extra = unmatched.getUnmatched();
            what = "unexpected '" + String.join(" ", extra) + "'";
        } else {
            String msg = e.getMessage() == null ? "bad arguments" : e.getMessage().lines().findFirst().orElse("");
            what = msg.isEmpty() ? "bad arguments" : Character.toLowerCase(msg.charAt(0)) + msg.substring(1);
        }
        return what + "; usage: " + synopsis(spec);
    }

    private static String label(ArgSpec arg) {
        return arg.paramLabel().replaceAll("[<>]", "").toUpperCase(Locale.ROOT);
    }

    /** {@code help COMMAND}: usage, description, options and an example. */
    public static List<String> help(CommandSpec spec) {
        StringBuilder b = new StringBuilder("usage: " + synopsis(spec) + "\n");
        for (String line : spec.usageMessage().description()) b.append("  ").append(line).append('\n');
        for (CommandLine.Model.OptionSpec option : spec.options()) {
            b.append("  ").append(String.join(", ", option.names()));
            if (option.arity().max() > 0) b.append(' ').append(option.paramLabel());
            b.append("  ").append(String.join(" ", option.description())).append('\n');
        }
        for (String line : spec.usageMessage().footer()) b.append(line).append('\n');
        return b.toString().lines().toList();
    }

    /** The first line of the description, for the command list. */
    public static String summary(CommandSpec spec) {
        String[] d = spec.usageMessage().description();
        return d.length == 0 ? "" : d[0];
    }

    /** Levenshtein distance, for "did you mean" hints. */
    static int distance(String a, String b) {
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
