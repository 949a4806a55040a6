package distlab.engine.query;

import distlab.sim.LabException;
import distlab.sim.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Evaluates an expression against the current state. Besides the verdict it remembers
 * what it looked at, so that a failed {@code expect} can say what the actual state was.
 */
public final class Evaluator {
    private final PathResolver resolver;
    /** What was looked at, in order: a path's value, or a relation between two events. */
    private final Map<String, String> seen = new LinkedHashMap<>();
    private final java.util.Set<String> relations = new java.util.HashSet<>();
    /** Words that named no state, so compared as themselves (the first few). */
    private final java.util.Set<String> symbols = new java.util.LinkedHashSet<>();

    /** The verdict, and the observed state in the form {@code (actual: ...)} reports it. */
    public record Outcome(boolean holds, String actual) {}

    private Evaluator(PathResolver resolver) {
        this.resolver = resolver;
    }

    public static Outcome evaluate(Expr expr, PathResolver resolver) {
        Evaluator e = new Evaluator(resolver);
        boolean holds = e.test(expr);
        return new Outcome(holds, e.actual());
    }

    /** The value of an expression for {@code let}: a lone operand's value, else true/false. */
    public static Value valueOf(Expr expr, PathResolver resolver) {
        if (expr instanceof Expr.Single s) return new Evaluator(resolver).value(s.operand());
        return Value.of(evaluate(expr, resolver).holds());
    }

    private String actual() {
        if (seen.isEmpty() && !symbols.isEmpty()) {
            return String.join(", ", symbols) + (symbols.size() == 1 ? " is" : " are") + " not a path or id, so compared as written";
        }
        if (seen.isEmpty()) return "only ids and constants, no state";
        if (seen.size() == 1) return seen.values().iterator().next();
        return seen.entrySet().stream()
                .map(e -> relations.contains(e.getKey()) ? e.getValue() : e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private boolean test(Expr expr) {
        // Every term is always evaluated, so a failure reports everything it looked at.
        if (expr instanceof Expr.And a) {
            boolean all = true;
            for (Expr term : a.terms()) all &= test(term);
            return all;
        }
        if (expr instanceof Expr.Or o) {
            boolean any = false;
            for (Expr term : o.terms()) any |= test(term);
            return any;
        }
        if (expr instanceof Expr.Not n) return !test(n.inner());
        if (expr instanceof Expr.Compare c) return Comparison.holds(value(c.left()), c.op(), value(c.right()));
        if (expr instanceof Expr.HappensBefore hb) return relation(hb.a(), hb.b()) == PathResolver.Relation.BEFORE;
        if (expr instanceof Expr.Concurrent cc) return relation(cc.a(), cc.b()) == PathResolver.Relation.CONCURRENT;
        return bool(((Expr.Single) expr).operand());
    }

    private PathResolver.Relation relation(String a, String b) {
        PathResolver.Relation r = resolver.relate(a, b);
        String shown = switch (r) {
            case BEFORE -> a + " -> " + b;
            case AFTER -> b + " -> " + a;
            case CONCURRENT -> a + " || " + b;
            case SAME -> a + " is " + b;
        };
        seen.put(a + "~" + b, shown);
        relations.add(a + "~" + b);
        return r;
    }

    private boolean bool(Operand operand) {
        Value v = value(operand);
        if (v instanceof Value.Bool b) return b.value();
        String name = operand instanceof Operand.Word w ? w.text() : v.show();
        throw new LabException("'" + name + "' is " + v.show() + ", not true or false: compare it (e.g. " + name + " == " + v.show() + ")");
    }

    private Value value(Operand operand) {
        if (operand instanceof Operand.Literal l) return l.value();
        String word = ((Operand.Word) operand).text();
        Value v = resolver.resolve(word);
        if (v == null) {
            if (symbols.size() < 3) symbols.add(word);
            return Value.text(word);
        }
        // A bare id (n2) evaluates to itself: listing "n2 = n2" in a failure says nothing.
        if (!v.show().equals(word)) seen.put(word, v.show());
        return v;
    }
}
