package distlab.protocol.command;

import java.util.ArrayList;
import java.util.List;

/**
 * A command, declared once: its name, help group, synopsis, description, examples, words and
 * options, whether it only reads the session, how long a run it starts, and what it does.
 * The engine builds parsing, {@code help}, completion and the command reference from it.
 *
 * @param effect what it does to the session, for front ends deciding what may run during a run
 * @param runLength how far in virtual time it runs (for animation), or null
 */
public record CommandSpec(String name, String group, String synopsis, List<String> description, List<String> examples,
                          List<WordSpec> words, List<OptionSpec> options, Effect effect, RunLength runLength,
                          CommandBody body) {
    /** What a command does to the session. */
    public enum Effect {
        /** It only reads the session. */
        READS,
        /** It changes state at the current virtual time. */
        CHANGES,
        /** It moves virtual time (run, advance, step): it has a run length. */
        MOVES_TIME,
        /** It replaces the session's simulation (reset, seed). */
        REPLACES_SESSION
    }

    public boolean readOnly() {
        return effect == Effect.READS;
    }

    public CommandSpec {
        description = List.copyOf(description);
        examples = List.copyOf(examples);
        words = List.copyOf(words);
        options = List.copyOf(options);
        if (description.isEmpty() || examples.isEmpty()) throw new IllegalArgumentException(name + ": needs a description and an example");
    }

    /** Starts the declaration of a command. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The first description line, for the command list. */
    public String summary() {
        return description.get(0);
    }

    /** The same command under another name ({@code exit} for {@code quit}). */
    public CommandSpec alias(String otherName) {
        return new CommandSpec(otherName, group, synopsis.startsWith(name) ? otherName + synopsis.substring(name.length()) : synopsis, description, examples, words,
                options, effect, runLength, body);
    }

    /** The same command listed under a help group. */
    public CommandSpec inGroup(String title) {
        return new CommandSpec(name, title, synopsis, description, examples, words, options, effect, runLength, body);
    }

    public OptionSpec option(String optionName) {
        for (OptionSpec o : options) if (o.name().equals(optionName)) return o;
        return null;
    }

    /** Builds a {@link CommandSpec}; the synopsis is made from the words unless given. */
    public static final class Builder {
        private final String name;
        private String group = "";
        private String synopsis;
        private final List<String> description = new ArrayList<>();
        private final List<String> examples = new ArrayList<>();
        private final List<WordSpec> words = new ArrayList<>();
        private final List<OptionSpec> options = new ArrayList<>();
        private Effect effect = Effect.CHANGES;
        private RunLength runLength;

        private Builder(String name) {
            this.name = name;
        }

        public Builder group(String title) {
            group = title;
            return this;
        }

        /** A synopsis the words cannot express, such as {@code deliver MSG... | deliver all}. */
        public Builder synopsis(String text) {
            synopsis = text;
            return this;
        }

        public Builder describe(String... lines) {
            description.addAll(List.of(lines));
            return this;
        }

        public Builder example(String... lines) {
            examples.addAll(List.of(lines));
            return this;
        }

        public Builder word(String label, WordKind kind) {
            return word(label, kind, Arity.ONE);
        }

        public Builder word(String label, WordKind kind, Arity arity) {
            words.add(new WordSpec(label, kind, arity, List.of()));
            return this;
        }

        /** A word that must be one of {@code choices}. */
        public Builder choice(String label, Arity arity, String... choices) {
            words.add(new WordSpec(label, WordKind.CHOICE, arity, List.of(choices)));
            return this;
        }

        public Builder option(String optionName, String label, WordKind kind, String help) {
            options.add(new OptionSpec(optionName, label, kind, help));
            return this;
        }

        public Builder flag(String optionName, String help) {
            options.add(new OptionSpec(optionName, null, null, help));
            return this;
        }

        public Builder readOnly() {
            effect = Effect.READS;
            return this;
        }

        /** It moves virtual time, over this window (for animation). */
        public Builder runs(RunLength length) {
            effect = Effect.MOVES_TIME;
            runLength = length;
            return this;
        }

        /** It replaces the session's simulation. */
        public Builder replacesSession() {
            effect = Effect.REPLACES_SESSION;
            return this;
        }

        public CommandSpec body(CommandBody body) {
            return new CommandSpec(name, group, synopsis != null ? synopsis : madeSynopsis(), description, examples, words, options, effect,
                    runLength, body);
        }

        // A plain loop: specs are built at start-up, where streams and lambdas cost time.
        private String madeSynopsis() {
            StringBuilder out = new StringBuilder(name);
            for (WordSpec w : words) out.append(' ').append(w.arity().show(w.label()));
            for (OptionSpec o : options) out.append(' ').append(o.synopsis());
            return out.toString();
        }
    }
}
