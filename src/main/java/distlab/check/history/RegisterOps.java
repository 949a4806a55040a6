package distlab.check.history;

import distlab.check.linearizability.RegisterOp;
import distlab.check.linearizability.RegisterResult;

/** A single register's operations: {@code :read nil}, {@code :write V}, {@code :cas [OLD NEW]}. */
final class RegisterOps implements OpReader<RegisterOp, RegisterResult> {
    @Override
    public RegisterOp input(String source, HistoryEvent invoke) throws HistoryParseException {
        switch (invoke.f()) {
            case ":read":
                return RegisterOp.read();
            case ":write":
                if (scalar(invoke.value())) {
                    return RegisterOp.write(invoke.value().scalar());
                }
                throw Values.unexpected(source, invoke, "a :write takes the value written, e.g. ':invoke :write 3'");
            case ":cas":
                if (invoke.value() instanceof EdnValue.Vector v && v.items().size() == 2
                        && scalar(v.items().get(0)) && scalar(v.items().get(1))) {
                    return RegisterOp.cas(v.items().get(0).scalar(), v.items().get(1).scalar());
                }
                throw Values.unexpected(source, invoke, "a :cas takes [expected new], e.g. ':invoke :cas [1 2]'");
            default:
                throw new HistoryParseException(source, invoke.line(), "unknown operation " + invoke.f(),
                        "the cas-register model knows " + known() + "; --model kv reads key-value histories");
        }
    }

    @Override
    public RegisterResult ok(String source, RegisterOp input, HistoryEvent invoke, HistoryEvent ok)
            throws HistoryParseException {
        if (input instanceof RegisterOp.Read) {
            if (!ok.value().isNil() && !scalar(ok.value()) && !ok.value().isKeyword()) {
                throw Values.unexpected(source, ok, "an :ok :read gives the value read, or nil");
            }
            return RegisterResult.value(ok.value().isNil() ? null : ok.value().scalar());
        }
        Values.requireSame(source, invoke, ok);
        return RegisterResult.ok();
    }

    @Override
    public RegisterResult failed(String source, RegisterOp input, HistoryEvent invoke, HistoryEvent fail)
            throws HistoryParseException {
        if (input instanceof RegisterOp.Cas) {
            Values.requireSame(source, invoke, fail);
            return RegisterResult.fail();
        }
        return null;
    }

    @Override
    public String known() {
        return ":read, :write and :cas";
    }

    private static boolean scalar(EdnValue value) {
        return value.scalar() != null && !value.isKeyword();
    }
}
