package distlab.engine.command;

import java.util.List;
import java.util.Map;

/** A command line's words, sorted by the command's declaration: positionals by label, options by name. */
record ParsedWords(Map<String, List<String>> positionals, Map<String, String> options) {
    String word(String label) {
        List<String> words = positionals.get(label);
        return words == null || words.isEmpty() ? null : words.get(0);
    }

    List<String> words(String label) {
        List<String> words = positionals.get(label);
        return words == null ? List.of() : words;
    }

    String option(String name) {
        return options.get(name);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }
}
