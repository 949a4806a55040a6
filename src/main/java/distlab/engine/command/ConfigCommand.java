package distlab.engine.command;

import static distlab.protocol.command.WordKind.SETTING;

import distlab.engine.KernelSettings;
import distlab.protocol.ProtocolModule;
import distlab.protocol.Settings;
import distlab.protocol.command.Arity;
import distlab.protocol.command.CommandSpec;
import distlab.sim.LabException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code config [KEY=VALUE...]}: show or set the network's and the protocol's settings. All or
 * nothing: if one value is refused, every change of the command is put back.
 */
final class ConfigCommand extends KernelCommand {
    static final CommandSpec SPEC = CommandSpec.named("config")
            .describe("Show or set network and protocol settings; each change echoes the new value.",
                    "Network and session: net latency bandwidth loss dup run runmax. A protocol adds its own once spawned",
                    "(help settings lists every protocol's).")
            .word("KEY=VALUE", SETTING, Arity.ANY)
            .example("config", "config loss=10 latency=20..40ms", "config r=2 w=2")
            .body(new ConfigCommand());

    @Override
    void run(Invocation in) {
        KernelSettings kernel = in.session().kernelSettings();
        ProtocolModule module = in.session().module();
        Settings protocol = module == null ? new Settings(List.of()) : module.settings();
        List<String> settings = in.words("KEY=VALUE");
        if (settings.isEmpty()) {
            for (String key : kernel.keys()) in.println(key + "=" + kernel.show(key) + "  " + kernel.help(key));
            for (var s : protocol.declared()) in.println(s.key() + "=" + shown(protocol, module, s.key()) + "  " + s.help());
            return;
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) throw new LabException("'" + WordParser.cut(setting) + "' is not KEY=VALUE (e.g. config loss=10)");
            String key = setting.substring(0, eq);
            if (!kernel.keys().contains(key) && protocol.find(key) == null) {
                List<String> known = new ArrayList<>(kernel.keys());
                protocol.declared().forEach(s -> known.add(s.key()));
                throw new LabException("unknown setting '" + WordParser.cut(key) + "' (settings: " + String.join(" ", known)
                        + (module == null ? "; a protocol's own settings appear once it is spawned, e.g. spawn 3 quorum" : "") + ")");
            }
            if (changes.put(key, setting.substring(eq + 1)) != null) throw new LabException(key + " is set twice");
        }
        List<String> warnings = apply(kernel, protocol, module, changes);
        for (String key : changes.keySet()) {
            in.println(key + "=" + (kernel.keys().contains(key) ? kernel.show(key) : shown(protocol, module, key)));
        }
        warnings.forEach(w -> in.println("warning: " + w));
    }

    private static List<String> apply(KernelSettings kernel, Settings protocol, ProtocolModule module, Map<String, String> changes) {
        Map<String, String> kernelBefore = kernel.snapshot();
        Map<String, Object> protocolBefore = protocol.snapshot();
        try {
            List<String> protocolKeys = new ArrayList<>();
            for (Map.Entry<String, String> c : changes.entrySet()) {
                if (kernel.keys().contains(c.getKey())) {
                    kernel.set(c.getKey(), c.getValue());
                } else {
                    protocol.set(c.getKey(), c.getValue());
                    protocolKeys.add(c.getKey());
                }
            }
            return module == null || protocolKeys.isEmpty() ? List.of() : module.settingsChanged(protocolKeys);
        } catch (LabException e) {
            kernel.restore(kernelBefore);
            protocol.restore(protocolBefore);
            throw e;
        }
    }

    /** {@code quorum (2)}: the value, and what it means now when the protocol says. */
    private static String shown(Settings protocol, ProtocolModule module, String key) {
        String note = module.settingNote(key);
        return protocol.show(key) + (note == null ? "" : " (" + note + ")");
    }
}
