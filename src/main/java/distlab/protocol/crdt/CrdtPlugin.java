package distlab.protocol.crdt;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolModule;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.command.CommandSpec;
import java.util.List;

/** The state-based CRDTs of lecture 7.3, one protocol per type, sharing their commands. */
public final class CrdtPlugin implements ProtocolPlugin {
    @Override public String group() { return CrdtCommands.GROUP; }

    // Names and summaries are constants, so listing the protocols at start-up loads no CRDT class.
    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(new ProtocolInfo(GCounterType.NAME, GCounterType.SUMMARY), new ProtocolInfo(PnCounterType.NAME, PnCounterType.SUMMARY),
                new ProtocolInfo(LwwRegisterType.NAME, LwwRegisterType.SUMMARY), new ProtocolInfo(MvRegisterType.NAME, MvRegisterType.SUMMARY),
                new ProtocolInfo(LwwSetType.NAME, LwwSetType.SUMMARY), new ProtocolInfo(OrSetType.NAME, OrSetType.SUMMARY));
    }

    @Override
    public ProtocolModule create(String name) {
        return switch (name) {
            case GCounterType.NAME -> module(new GCounterType());
            case PnCounterType.NAME -> module(new PnCounterType());
            case LwwRegisterType.NAME -> module(new LwwRegisterType());
            case MvRegisterType.NAME -> module(new MvRegisterType());
            case LwwSetType.NAME -> module(new LwwSetType());
            case OrSetType.NAME -> module(new OrSetType());
            default -> throw new IllegalArgumentException("not a CRDT: " + name);
        };
    }

    private static <S extends CrdtState<S>> CrdtModule<S> module(CrdtType<S> type) {
        return new CrdtModule<>(type);
    }

    @Override public List<CommandSpec> commands() { return CrdtCommands.ALL; }

    @Override public String example() { return "spawn 3 gcounter"; }
}
