package distlab.engine.query;

import distlab.sim.LabException;
import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens: words, "strings", [lists], {sets}, parentheses and operators. */
final class Lexer {
    private static final String[] OPERATORS = {"==", "!=", "<=", ">=", "->", "||", "<", ">"};

    private Lexer() {}

    static List<Token> lex(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (c == '(') { tokens.add(new Token(Token.Kind.LPAREN, "(")); i++; continue; }
            if (c == ')') { tokens.add(new Token(Token.Kind.RPAREN, ")")); i++; continue; }
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) throw new LabException("unterminated quote in expression: add the closing \"");
                tokens.add(new Token(Token.Kind.STRING, text.substring(i + 1, close)));
                i = close + 1;
                continue;
            }
            if (c == '[' || c == '{') {
                char closeChar = c == '[' ? ']' : '}';
                int close = text.indexOf(closeChar, i + 1);
                if (close < 0) throw new LabException("unterminated '" + c + "' in expression: add the closing '" + closeChar + "'");
                tokens.add(new Token(Token.Kind.BRACKETED, text.substring(i, close + 1)));
                i = close + 1;
                continue;
            }
            String op = operatorAt(text, i);
            if (op != null) {
                tokens.add(new Token(Token.Kind.OPERATOR, op));
                i += op.length();
                continue;
            }
            int end = i;
            while (end < text.length() && isWordChar(text, end, end == i)) end++;
            if (end == i) {
                throw new LabException("unexpected '" + c + "' in expression (operators: == != < <= > >= -> || and or not)");
            }
            tokens.add(new Token(Token.Kind.WORD, text.substring(i, end)));
            i = end;
        }
        tokens.add(new Token(Token.Kind.END, ""));
        return tokens;
    }

    private static String operatorAt(String text, int i) {
        if ("=!<>-|".indexOf(text.charAt(i)) < 0) return null;
        for (String op : OPERATORS) {
            if (text.startsWith(op, i)) return op;
        }
        if (text.charAt(i) == '=') {
            throw new LabException("'=' is not a comparison: use '==' (e.g. n1.lamport == 2)");
        }
        if (text.charAt(i) == '|') {
            throw new LabException("'|' is not an operator: use '||' for concurrency (e.g. e1 || e2) or 'or'");
        }
        return null;
    }

    private static boolean isWordChar(String text, int i, boolean first) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':') return true;
        // A leading minus starts a negative number; elsewhere '-' may begin '->'.
        return c == '-' && first && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    }
}
