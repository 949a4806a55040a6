package distlab.engine;

import distlab.protocol.ProtocolModule;
import distlab.protocol.crdt.CrdtModule;
import distlab.protocol.crdt.GCounterType;
import distlab.protocol.crdt.LwwRegisterType;
import distlab.protocol.crdt.LwwSetType;
import distlab.protocol.crdt.MvRegisterType;
import distlab.protocol.crdt.OrSetType;
import distlab.protocol.crdt.PnCounterType;
import distlab.protocol.plain.PlainModule;
import distlab.protocol.quorum.QuorumModule;
import distlab.sim.LabException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The protocols a session can spawn, by name. Adding a protocol is one line here. */
public final class Protocols {
    private static final Map<String, Supplier<ProtocolModule>> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("plain", PlainModule::new);
        MODULES.put("quorum", QuorumModule::new);
        MODULES.put("gcounter", () -> new CrdtModule<>(new GCounterType()));
        MODULES.put("pncounter", () -> new CrdtModule<>(new PnCounterType()));
        MODULES.put("lwwreg", () -> new CrdtModule<>(new LwwRegisterType()));
        MODULES.put("mvreg", () -> new CrdtModule<>(new MvRegisterType()));
        MODULES.put("lwwset", () -> new CrdtModule<>(new LwwSetType()));
        MODULES.put("orset", () -> new CrdtModule<>(new OrSetType()));
    }

    private Protocols() {}

    public static Set<String> names() {
        return MODULES.keySet();
    }

    public static boolean exists(String name) {
        return MODULES.containsKey(name);
    }

    public static ProtocolModule create(String name) {
        Supplier<ProtocolModule> factory = MODULES.get(name);
        if (factory == null) {
            throw new LabException("unknown protocol '" + name + "' (protocols: " + String.join(" ", MODULES.keySet()) + ")");
        }
        return factory.get();
    }
}
