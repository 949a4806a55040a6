package distlab.engine;

import distlab.protocol.ProtocolModule;
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
