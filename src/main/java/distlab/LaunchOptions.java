package distlab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's command line (docs/language.md, launching), read by hand: script mode starts in a
 * fraction of the time a reflective parser takes, and the options are few.
 */
record LaunchOptions(long seed, boolean keepGoing, Path home, boolean plain, boolean tui, boolean help, boolean version,
                     List<String> files) {
    static final String VERSION = "distlab 0.1.0";

    static final String HELP = String.join("\n",
            "usage: java -jar lab.jar [--seed N] [--keep-going] [--home DIR] [--plain | --tui] [FILE...]",
            "       java -jar lab.jar check-history [--model MODEL] [--verbose] FILE...",
            "A terminal lab for learning distributed systems.",
            "",
            "  FILE           scripts to run, in order, in one session (- for stdin)",
            "  --seed N       random seed (default 1)",
            "  --keep-going   script mode: report every failure instead of stopping at the first",
            "  --home DIR     where notes/ live (default: the repository, else ~/.distlab)",
            "  --plain        line REPL instead of the terminal UI",
            "  --tui          presenter mode: step through the script files in the terminal UI",
            "  -h, --help     show this help and exit",
            "  -V, --version  show the version and exit",
            "",
            "Modes:",
            "  java -jar lab.jar                  terminal UI (when stdin and stdout are a terminal)",
            "  java -jar lab.jar --plain          line REPL",
            "  java -jar lab.jar < demo.lab       script mode on stdin",
            "  java -jar lab.jar a.lab b.lab      script mode on files, in order (- is stdin)",
            "  java -jar lab.jar --tui demo.lab   presenter mode",
            "  java -jar lab.jar check-history --model cas-register FILE...   check Jepsen histories",
            "Exit status: 0 all held; 1 a command or expectation failed; 2 bad usage.",
            "");

    /** A command line the lab cannot use: one line, with what is wrong. */
    static final class BadUsage extends Exception {
        BadUsage(String message) {
            super(message, null, false, false);
        }
    }

    static LaunchOptions parse(String[] args) throws BadUsage {
        long seed = 1;
        boolean keepGoing = false, plain = false, tui = false, help = false, version = false;
        Path home = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--seed" -> seed = seed(value != null ? value : next(args, ++i, "--seed", "N"));
                case "--home" -> home = home(value != null ? value : next(args, ++i, "--home", "DIR"));
                case "--keep-going" -> keepGoing = flag(a, value);
                case "--plain" -> plain = flag(a, value);
                case "--tui" -> tui = flag(a, value);
                case "-h", "--help" -> help = flag(a, value);
                case "-V", "--version" -> version = flag(a, value);
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) throw new BadUsage("unknown option '" + args[i] + "'");
                    files.add(args[i]);
                }
            }
        }
        if (plain && tui) throw new BadUsage("--plain and --tui are two different front ends: choose one");
        return new LaunchOptions(seed, keepGoing, home, plain, tui, help, version, List.copyOf(files));
    }

    private static String next(String[] args, int i, String option, String label) throws BadUsage {
        if (i >= args.length) throw new BadUsage(option + " needs a value (" + label + ")");
        return args[i];
    }

    private static boolean flag(String option, String value) throws BadUsage {
        if (value != null) throw new BadUsage(option + " takes no value");
        return true;
    }

    private static long seed(String text) throws BadUsage {
        if (!text.matches("-?\\d{1,18}")) throw new BadUsage("--seed must be a whole number of at most 18 digits, not '" + text + "'");
        return Long.parseLong(text);
    }

    private static Path home(String text) throws BadUsage {
        if (text.isBlank()) throw new BadUsage("--home needs a folder, not an empty path (e.g. --home ~/distlab)");
        return Path.of(text);
    }
}
