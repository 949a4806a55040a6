package distlab.engine;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.broadcast.BroadcastPlugin;
import distlab.protocol.byzantine.ByzantinePlugin;
import distlab.protocol.crdt.CrdtPlugin;
import distlab.protocol.fd.FdPlugin;
import distlab.protocol.generals.GeneralsPlugin;
import distlab.protocol.link.LinkPlugin;
import distlab.protocol.ntp.NtpPlugin;
import distlab.protocol.ot.OtPlugin;
import distlab.protocol.plain.PlainPlugin;
import distlab.protocol.quorum.QuorumPlugin;
import distlab.protocol.raft.RaftPlugin;
import distlab.protocol.rpc.RpcPlugin;
import distlab.protocol.spanner.SpannerPlugin;
import distlab.protocol.textcrdt.TextCrdtPlugin;
import distlab.protocol.twopc.TwoPcPlugin;
import distlab.sim.LabException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The protocol families the lab offers: the one place outside {@code distlab.protocol} that
 * names them. Registering a family is one line in {@link #PLUGINS} (docs/adding-a-protocol.md).
 */
public final class Protocols {
    private static final List<ProtocolPlugin> PLUGINS = List.of(
            new PlainPlugin(),
            new QuorumPlugin(),
            new RaftPlugin(),
            new CrdtPlugin(),
            new BroadcastPlugin(),
            new NtpPlugin(),
            new RpcPlugin(),
            new LinkPlugin(),
            new GeneralsPlugin(),
            new ByzantinePlugin(),
            new FdPlugin(),
            new TwoPcPlugin(),
            new SpannerPlugin(),
            new OtPlugin(),
            new TextCrdtPlugin());

    private static final Map<String, ProtocolInfo> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, ProtocolPlugin> PLUGIN_OF = new LinkedHashMap<>();

    static {
        for (ProtocolPlugin plugin : PLUGINS) {
            for (ProtocolInfo info : plugin.protocols()) {
                if (BY_NAME.put(info.name(), info) != null) throw new IllegalStateException("protocol " + info.name() + " registered twice");
                PLUGIN_OF.put(info.name(), plugin);
            }
        }
    }

    private Protocols() {}

    public static List<ProtocolPlugin> plugins() {
        return PLUGINS;
    }

    /** Every protocol name, in help order. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    public static boolean exists(String name) {
        return BY_NAME.containsKey(name);
    }

    public static ProtocolInfo info(String name) {
        ProtocolInfo info = BY_NAME.get(name);
        if (info == null) {
            throw new LabException("unknown protocol '" + name + "' (protocols: " + String.join(" ", BY_NAME.keySet()) + ")");
        }
        return info;
    }

    /** The family a protocol belongs to. */
    public static ProtocolPlugin pluginOf(String name) {
        info(name);
        return PLUGIN_OF.get(name);
    }

    /** Prefixes of the ids the families add ({@code b} for broadcasts), which node names must not look like. */
    public static Set<String> idPrefixes() {
        Set<String> out = new java.util.TreeSet<>();
        PLUGINS.forEach(p -> out.addAll(p.idPrefixes()));
        return out;
    }

    public static ProtocolModule create(String name) {
        return pluginOf(name).create(name);
    }
}
