package distlab.engine.command;

import distlab.protocol.Setting;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.protocol.command.OptionSpec;
import distlab.protocol.command.WordKind;
import distlab.protocol.command.WordSpec;
import distlab.sim.LabException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sorts a line's words by a command's declaration: options ({@code --client C}, flags) wherever
 * they stand, then positionals in order, each optional or repeating one taking what the later
 * required ones leave. Problems are one line with the usage.
 */
final class WordParser {
    private WordParser() {}

    static ParsedWords parse(CommandSpec spec, List<String> words) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (spec.options().isEmpty() || !w.startsWith("--")) {
                positional.add(w);
                continue;
            }
            OptionSpec option = spec.option(w);
            if (option == null) throw problem(spec, "unknown option '" + w + "' (options: "
                    + spec.options().stream().map(OptionSpec::name).collect(Collectors.joining(" ")) + ")");
            if (options.containsKey(w)) throw problem(spec, w + " is given twice");
            if (option.takesValue()) {
                if (i + 1 >= words.size()) throw problem(spec, "option " + w + " needs a value (" + option.label() + ")");
                options.put(w, words.get(++i));
            } else {
                options.put(w, "");
            }
        }
        return new ParsedWords(positionals(spec, positional), options);
    }

    private static Map<String, List<String>> positionals(CommandSpec spec, List<String> words) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<WordSpec> specs = spec.words();
        int next = 0;
        List<String> missing = new ArrayList<>();
        for (int s = 0; s < specs.size(); s++) {
            WordSpec w = specs.get(s);
            int left = words.size() - next;
            int neededLater = requiredAfter(specs, s);
            int take = switch (w.arity()) {
                case ONE -> Math.min(1, left);
                case OPTIONAL -> left > neededLater ? 1 : 0;
                case MANY, ANY -> Math.max(0, left - neededLater);
            };
            if (take == 0 && (w.arity() == Arity.ONE || w.arity() == Arity.MANY)) {
                missing.add(w.label() + (w.kind() == WordKind.CHOICE ? " (" + Setting.orList(w.choices()) + ")" : ""));
            }
            List<String> taken = List.copyOf(words.subList(next, next + take));
            if (w.kind() == WordKind.CHOICE) for (String t : taken) checkChoice(spec, w, t);
            out.put(w.label(), taken);
            next += take;
        }
        if (!missing.isEmpty()) throw problem(spec, "missing " + String.join(" and ", missing));
        if (next < words.size()) throw problem(spec, "unexpected '" + cut(String.join(" ", words.subList(next, words.size()))) + "'");
        return out;
    }

    private static int requiredAfter(List<WordSpec> specs, int s) {
        int n = 0;
        for (int i = s + 1; i < specs.size(); i++) if (specs.get(i).arity() == Arity.ONE || specs.get(i).arity() == Arity.MANY) n++;
        return n;
    }

    private static void checkChoice(CommandSpec spec, WordSpec w, String word) {
        if (!w.choices().contains(word)) {
            throw problem(spec, w.label() + " must be " + Setting.orList(w.choices()) + ", not '" + cut(word) + "'");
        }
    }

    static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    static LabException problem(CommandSpec spec, String what) {
        return new LabException(what + "; usage: " + spec.synopsis());
    }
}
