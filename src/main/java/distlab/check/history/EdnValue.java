package distlab.check.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of EDN (Clojure's data notation) that history files use: nil, atoms (numbers, true,
 * false, symbols), keywords ({@code :timed-out}), strings, vectors {@code [a b]} and maps
 * {@code {:k v}}. Commas are whitespace, as in EDN.
 */
sealed interface EdnValue {
    record Nil() implements EdnValue {}

    /** A number, symbol, true or false, as written. */
    record Atom(String text) implements EdnValue {}

    /** {@code name} without the colon. */
    record Keyword(String name) implements EdnValue {}

    record Text(String text) implements EdnValue {}

    record Vector(List<EdnValue> items) implements EdnValue {}

    /** Keys as written ({@code :f}); order kept for messages. */
    record EdnMap(Map<String, EdnValue> entries) implements EdnValue {}

    Nil NIL = new Nil();

    default boolean isNil() {
        return this instanceof Nil;
    }

    default boolean isKeyword() {
        return this instanceof Keyword;
    }

    /** A scalar's text (a string without its quotes, a keyword with its colon); null for nil or a collection. */
    default String scalar() {
        if (this instanceof Atom a) {
            return a.text();
        }
        if (this instanceof Text t) {
            return t.text();
        }
        if (this instanceof Keyword k) {
            return ":" + k.name();
        }
        return null;
    }

    /** Reads one value that fills {@code text} (surrounding whitespace allowed). */
    static EdnValue parse(String text) throws SyntaxError {
        Reader reader = new Reader(text);
        EdnValue value = reader.value();
        reader.skipSpace();
        if (reader.at < text.length()) {
            throw new SyntaxError("unexpected '" + text.charAt(reader.at) + "' after the value");
        }
        return value;
    }

    /** Why a text is not a value. */
    final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message);
        }
    }

    /** Recursive descent; nesting is limited so that a hostile line cannot exhaust the stack. */
    final class Reader {
        private static final int MAX_DEPTH = 32;
        private final String text;
        private int at;
        private int depth;

        Reader(String text) {
            this.text = text;
        }

        EdnValue value() throws SyntaxError {
            skipSpace();
            if (at >= text.length()) {
                throw new SyntaxError("a value is missing");
            }
            char c = text.charAt(at);
            if (c == '[' || c == '(') {
                return vector(c == '[' ? ']' : ')');
            }
            if (c == '{') {
                return map();
            }
            if (c == '"') {
                return string();
            }
            String token = token();
            if (token.isEmpty()) {
                throw new SyntaxError("unexpected '" + c + "'");
            }
            if (token.equals("nil")) {
                return NIL;
            }
            return token.startsWith(":") ? new Keyword(token.substring(1)) : new Atom(token);
        }

        private EdnValue vector(char close) throws SyntaxError {
            enter();
            at++;
            List<EdnValue> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (at >= text.length()) {
                    throw new SyntaxError("'" + close + "' is missing");
                }
                if (text.charAt(at) == close) {
                    at++;
                    depth--;
                    return new Vector(items);
                }
                items.add(value());
            }
        }

        private EdnValue map() throws SyntaxError {
            enter();
            at++;
            Map<String, EdnValue> entries = new LinkedHashMap<>();
            while (true) {
                skipSpace();
                if (at >= text.length()) {
                    throw new SyntaxError("'}' is missing");
                }
                if (text.charAt(at) == '}') {
                    at++;
                    depth--;
                    return new EdnMap(entries);
                }
                EdnValue key = value();
                EdnValue value = value();
                entries.put(key.scalar() == null ? key.toString() : key.scalar(), value);
            }
        }

        private EdnValue string() throws SyntaxError {
            StringBuilder out = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return new Text(out.toString());
                }
                if (c == '\\' && at < text.length()) {
                    char e = text.charAt(at++);
                    out.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        default -> e;
                    });
                } else {
                    out.append(c);
                }
            }
            throw new SyntaxError("a string is not closed");
        }

        private String token() {
            int start = at;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (Character.isWhitespace(c) || c == ',' || "[](){}\"".indexOf(c) >= 0) {
                    break;
                }
                at++;
            }
            return text.substring(start, at);
        }

        private void enter() throws SyntaxError {
            if (++depth > MAX_DEPTH) {
                throw new SyntaxError("values nested more than " + MAX_DEPTH + " deep");
            }
        }

        void skipSpace() {
            while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
                at++;
            }
        }
    }
}
