package distlab.engine.query;

import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recursive-descent parser for the expressions of {@code expect}, {@code run until} and
 * {@code let} (docs/language.md, expressions); {@code or} binds looser than {@code and}.
 * <pre>
 * EXPR := TERM (("and" | "or") TERM)*
 * TERM := "not" TERM | "(" EXPR ")" | OPERAND CMP OPERAND | EVENT "->" EVENT | EVENT "||" EVENT | PATH
 * </pre>
 * Chains of {@code and} / {@code or} become lists, so only nesting ({@code not} and
 * parentheses) recurses, and nesting is bounded: no input can overflow the stack.
 */
public final class Parser {
    /** Deepest nesting of parentheses and {@code not}. */
    public static final int MAX_DEPTH = 100;
    /** Most conditions in one expression. */
    public static final int MAX_CONDITIONS = 1_000;

    private static final List<String> COMPARISONS = List.of("==", "!=", "<", "<=", ">", ">=");
    private final List<Token> tokens;
    private int pos;
    private int depth;
    private int conditions;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Expr parse(String text) {
        if (text.isBlank()) throw new LabException("missing expression (e.g. n1.lamport == 2, e1 -> e3, cluster.safe)");
        Parser p = new Parser(Lexer.lex(text));
        Expr e = p.or();
        if (p.peek().kind() != Token.Kind.END) {
            throw new LabException("unexpected '" + p.peek().text() + "' in expression (join conditions with 'and' / 'or')");
        }
        return e;
    }

    private Expr or() {
        List<Expr> terms = new ArrayList<>(List.of(and()));
        while (peek().is("or")) {
            pos++;
            terms.add(and());
        }
        return terms.size() == 1 ? terms.get(0) : new Expr.Or(terms);
    }

    private Expr and() {
        List<Expr> terms = new ArrayList<>(List.of(term()));
        while (peek().is("and")) {
            pos++;
            terms.add(term());
        }
        return terms.size() == 1 ? terms.get(0) : new Expr.And(terms);
    }

    private Expr term() {
        Token t = peek();
        if (t.is("not")) {
            pos++;
            deeper();
            Expr inner = term();
            depth--;
            return new Expr.Not(inner);
        }
        if (t.kind() == Token.Kind.LPAREN) {
            pos++;
            deeper();
            Expr inner = or();
            depth--;
            if (peek().kind() != Token.Kind.RPAREN) throw new LabException("missing ')' in expression");
            pos++;
            return inner;
        }
        if (++conditions > MAX_CONDITIONS) {
            throw new LabException("expression too long: at most " + MAX_CONDITIONS + " conditions (split it over several lines)");
        }
        Operand left = operand();
        Token op = peek();
        if (op.is("->") || op.is("||")) {
            pos++;
            Operand right = operand();
            String a = eventWord(left, op.text());
            String b = eventWord(right, op.text());
            return op.is("->") ? new Expr.HappensBefore(a, b) : new Expr.Concurrent(a, b);
        }
        if (op.kind() == Token.Kind.OPERATOR && COMPARISONS.contains(op.text())) {
            pos++;
            return new Expr.Compare(left, op.text(), operand());
        }
        return new Expr.Single(left);
    }

    /** Past {@code not} or {@code (}: one level deeper. */
    private void deeper() {
        if (++depth > MAX_DEPTH) {
            throw new LabException("expression nested too deeply: at most " + MAX_DEPTH + " levels of parentheses and 'not'");
        }
    }

    private static String eventWord(Operand o, String op) {
        if (o instanceof Operand.Word w) return w.text();
        throw new LabException("'" + op + "' relates two events, e.g. e1 " + op + " e4");
    }

    private Operand operand() {
        Token t = peek();
        pos++;
        return switch (t.kind()) {
            case STRING -> new Operand.Literal(Value.text(t.text()));
            case BRACKETED -> new Operand.Literal(bracketed(t.text()));
            case WORD -> word(t.text());
            case END -> throw new LabException("expression ends too early: expected a value or path");
            default -> throw new LabException("unexpected '" + t.text() + "' where a value or path belongs");
        };
    }

    private static Operand word(String w) {
        if (w.matches("-?\\d{1,18}")) return new Operand.Literal(Value.of(Long.parseLong(w)));
        // A longer whole number is still a number (it compares numerically), not a duration.
        if (w.matches("-?\\d+")) return new Operand.Literal(Value.text(w));
        // A duration here may also be a point in time or a clock reading: later than a day, or negative.
        if (SimTime.looksLikeDuration(w.startsWith("-") ? w.substring(1) : w)) {
            return new Operand.Literal(new Value.Duration(SimTime.parseSigned(w, SimTime.MAX_VALUE_MICROS)));
        }
        return switch (w) {
            case "true" -> new Operand.Literal(Value.TRUE);
            case "false" -> new Operand.Literal(Value.FALSE);
            case "none" -> new Operand.Literal(Value.NONE);
            case "and", "or", "not" -> throw new LabException("'" + w + "' needs a condition on each side");
            default -> new Operand.Word(w);
        };
    }

    /** {@code [2,1,0]} is a vector; {@code [a, b]} a list; {@code {a,b}} a set. */
    static Value bracketed(String text) {
        String inner = text.substring(1, text.length() - 1).strip();
        List<String> items = inner.isEmpty() ? List.of() : Arrays.stream(inner.split(",")).map(String::strip).toList();
        if (text.startsWith("{")) return new Value.SetOf(items);
        if (!items.isEmpty() && items.stream().allMatch(s -> s.matches("\\d{1,9}"))) {
            return new Value.Vector(items.stream().mapToInt(Integer::parseInt).toArray());
        }
        return new Value.ListOf(items.stream().map(Value::text).toList());
    }

    private Token peek() {
        return tokens.get(pos);
    }
}
