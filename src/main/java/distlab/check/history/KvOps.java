package distlab.check.history;

import distlab.check.linearizability.KvOp;
import distlab.check.linearizability.KvResult;
import java.util.List;

/**
 * A key-value store's operations. The key is the {@code :key} field of an EDN map, or the first
 * element of the value, as in Jepsen's independent keys: {@code :read [k nil]},
 * {@code :write [k v]}, {@code :cas [k [old new]]}, {@code :append [k v]}. Functions go by
 * either name: {@code :read}/{@code :get}, {@code :write}/{@code :put}.
 */
final class KvOps implements OpReader<KvOp, KvResult> {
    /** The key and the value proper of an event. */
    private record Keyed(String key, EdnValue value) {}

    @Override
    public KvOp input(String source, HistoryEvent invoke) throws HistoryParseException {
        Keyed k = keyed(source, invoke);
        String v = plain(k.value());
        switch (invoke.f()) {
            case ":read", ":get":
                return KvOp.get(k.key());
            case ":write", ":put":
                if (v != null) {
                    return KvOp.put(k.key(), v);
                }
                throw Values.unexpected(source, invoke, "a " + invoke.f() + " takes the value written");
            case ":append":
                if (v != null) {
                    return KvOp.append(k.key(), v);
                }
                throw Values.unexpected(source, invoke, "an :append takes the text appended");
            case ":cas":
                if (k.value() instanceof EdnValue.Vector pair && pair.items().size() == 2
                        && plain(pair.items().get(0)) != null && plain(pair.items().get(1)) != null) {
                    return KvOp.cas(k.key(), plain(pair.items().get(0)), plain(pair.items().get(1)));
                }
                throw Values.unexpected(source, invoke, "a :cas takes [expected new]");
            default:
                throw new HistoryParseException(source, invoke.line(), "unknown operation " + invoke.f(),
                        "the kv model knows " + known());
        }
    }

    @Override
    public KvResult ok(String source, KvOp input, HistoryEvent invoke, HistoryEvent ok) throws HistoryParseException {
        Keyed k = keyed(source, ok);
        if (!k.key().equals(input.key())) {
            throw new HistoryParseException(source, ok.line(), ok.type() + " " + ok.f() + " is about key " + k.key()
                    + " but its invoke on line " + invoke.line() + " is about key " + input.key(),
                    "a completion names the key of its invoke");
        }
        if (input instanceof KvOp.Get) {
            if (!k.value().isNil() && k.value().scalar() == null) {
                throw Values.unexpected(source, ok, "an :ok " + ok.f() + " gives the value read, or nil");
            }
            return KvResult.value(k.value().isNil() ? null : k.value().scalar());
        }
        Values.requireSame(source, invoke, ok);
        return KvResult.ok();
    }

    @Override
    public KvResult failed(String source, KvOp input, HistoryEvent invoke, HistoryEvent fail)
            throws HistoryParseException {
        if (input instanceof KvOp.Cas) {
            Values.requireSame(source, invoke, fail);
            return KvResult.fail();
        }
        return null;
    }

    @Override
    public String known() {
        return ":read/:get, :write/:put, :cas and :append";
    }

    private static Keyed keyed(String source, HistoryEvent event) throws HistoryParseException {
        if (event.key() != null) {
            if (event.key().scalar() == null) {
                throw Values.unexpected(source, event, "a :key is a string, number or keyword");
            }
            return new Keyed(event.key().scalar(), event.value());
        }
        if (event.value() instanceof EdnValue.Vector v && v.items().size() == 2 && v.items().get(0).scalar() != null) {
            List<EdnValue> items = v.items();
            return new Keyed(items.get(0).scalar(), items.get(1));
        }
        throw Values.unexpected(source, event, "a key-value op carries [key value], e.g. ':invoke :write [x 3]'"
                + " or ':invoke :read [x nil]', or a :key field");
    }

    /** A value that is written: a number, symbol or string; null otherwise. */
    private static String plain(EdnValue value) {
        return value.isKeyword() ? null : value.scalar();
    }
}
