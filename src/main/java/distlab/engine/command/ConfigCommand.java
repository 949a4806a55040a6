package distlab.engine.command;

import distlab.protocol.Param;
import distlab.protocol.ProtocolModule;
import distlab.sim.LabException;
import distlab.sim.SimTime;
import distlab.sim.net.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "config", customSynopsis = "config [KEY=VALUE...]",
        description = {"Show or set network and protocol parameters.",
                "Network: net=auto|manual latency=5..15ms loss=0 dup=0 run=10s runmax=1h.",
                "Protocols add their own (quorum: r w readrepair writeback writequery timeout; raft: election heartbeat)."},
        footer = {"examples: config", "          config loss=10 latency=20..40ms", "          config r=2 w=2"})
final class ConfigCommand implements LabCommand {
    @Parameters(arity = "0..*", paramLabel = "KEY=VALUE")
    List<String> settings;

    @Override
    public void run(Invocation in) {
        Map<String, Param> params = params(in);
        if (settings == null || settings.isEmpty()) {
            params.values().forEach(p -> in.println(p.key() + "=" + p.current().get() + "  " + p.help()));
            return;
        }
        List<Map.Entry<Param, String>> changes = new ArrayList<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) throw new LabException("'" + setting + "' is not KEY=VALUE (e.g. config loss=10)");
            Param p = params.get(setting.substring(0, eq));
            if (p == null) {
                throw new LabException("unknown setting '" + setting.substring(0, eq) + "' (settings: " + String.join(" ", params.keySet()) + ")");
            }
            changes.add(Map.entry(p, setting.substring(eq + 1)));
        }
        for (Map.Entry<Param, String> change : changes) {
            change.getKey().setter().accept(change.getValue());
            in.println(change.getKey().key() + "=" + change.getKey().current().get());
        }
        ProtocolModule module = in.session().module();
        if (module != null) module.configWarnings().forEach(w -> in.println("warning: " + w));
    }

    private static Map<String, Param> params(Invocation in) {
        Map<String, Param> out = new LinkedHashMap<>();
        Network net = in.sim().network();
        add(out, new Param("net", "message delivery: auto, or manual (deliver by hand)",
                () -> net.mode().name().toLowerCase(Locale.ROOT),
                v -> in.sim().setMode(switch (v) {
                    case "auto" -> Network.Mode.AUTO;
                    case "manual" -> Network.Mode.MANUAL;
                    default -> throw new LabException("net must be auto or manual, not '" + v + "'");
                })));
        add(out, new Param("latency", "one-way delay of every link, MIN..MAX",
                () -> net.defaultLatency().toString(), v -> net.setDefaultLatency(LatencyCommand.range(v))));
        add(out, new Param("loss", "chance that a message is lost, in percent",
                () -> Args.percentText(net.lossPercent()), v -> net.setLossPercent(Args.percent(v))));
        add(out, new Param("dup", "chance that a message is duplicated, in percent",
                () -> Args.percentText(net.dupPercent()), v -> net.setDupPercent(Args.percent(v))));
        add(out, new Param("run", "duration of run without one",
                () -> SimTime.format(in.session().runDefaultMicros()), v -> in.session().setRunDefaultMicros(positive(v))));
        add(out, new Param("runmax", "longest run allowed",
                () -> SimTime.format(in.session().runMaxMicros()), v -> in.session().setRunMaxMicros(positive(v))));
        ProtocolModule module = in.session().module();
        if (module != null) module.params().forEach(p -> add(out, p));
        return out;
    }

    private static long positive(String v) {
        long micros = Args.duration(v);
        if (micros == 0) throw new LabException("the duration must be more than 0");
        return micros;
    }

    private static void add(Map<String, Param> out, Param p) {
        out.put(p.key(), p);
    }
}
