package distlab.protocol.crdt;

import distlab.protocol.ProtocolInfo;
import distlab.protocol.ProtocolPlugin;
import distlab.protocol.command.CommandSpec;
import java.util.List;
import java.util.function.Supplier;

/** The state-based CRDTs of lecture 7.3, one protocol per type, sharing their commands. */
public final class CrdtPlugin implements ProtocolPlugin {
    @Override public String group() { return CrdtCommands.GROUP; }

    @Override
    public List<ProtocolInfo> protocols() {
        return List.of(info(GCounterType::new), info(PnCounterType::new), info(LwwRegisterType::new), info(MvRegisterType::new),
                info(LwwSetType::new), info(OrSetType::new));
    }

    private static ProtocolInfo info(Supplier<CrdtType<?>> type) {
        CrdtType<?> sample = type.get();
        return new ProtocolInfo(sample.name(), sample.summary(), () -> module(type.get()));
    }

    private static <S extends CrdtState<S>> CrdtModule<S> module(CrdtType<S> type) {
        return new CrdtModule<>(type);
    }

    @Override public List<CommandSpec> commands() { return CrdtCommands.ALL; }

    @Override public String example() { return "spawn 3 gcounter"; }
}
