package distlab.protocol.fd;

import distlab.protocol.Setting;
import distlab.protocol.Settings;
import distlab.sim.SimTime;
import java.util.List;

/** The fd protocol's {@code config} settings (docs/commands.md, protocol "fd"; lecture 2.4). */
final class FdSettings implements DetectorConfig {
    static final Setting<Long> HEARTBEAT = Setting.duration("heartbeat", "every node sends a heartbeat to every other this often",
            100 * SimTime.MICROS_PER_MS, 3600 * SimTime.MICROS_PER_SECOND);
    static final Setting<Long> TIMEOUT = Setting.duration("timeout",
            "a node not heard from for this long is suspected (the starting timeout, with adaptive on)", 300 * SimTime.MICROS_PER_MS,
            3600 * SimTime.MICROS_PER_SECOND);
    static final Setting<Boolean> ADAPTIVE = Setting.onOff("adaptive",
            "on: a heartbeat from a suspected node un-suspects it and doubles its timeout (eventually perfect)", false);

    private final Settings values = new Settings(List.of(HEARTBEAT, TIMEOUT, ADAPTIVE));

    Settings values() { return values; }
    @Override public long heartbeatMicros() { return values.get(HEARTBEAT); }
    @Override public long timeoutMicros() { return values.get(TIMEOUT); }
    @Override public boolean adaptive() { return values.get(ADAPTIVE); }
}
