package distlab.engine.command;

import distlab.protocol.command.Call;
import distlab.protocol.command.CommandBody;

/**
 * The body of one of the engine's own commands: it may reach the whole session. A class per
 * command rather than a lambda keeps start-up short (each lambda costs a class spun at run time).
 */
abstract class KernelCommand implements CommandBody {
    /** The engine makes every {@code Call} a command receives, each one an {@link Invocation}. */
    @Override
    public final void run(Call call) {
        run((Invocation) call);
    }

    abstract void run(Invocation in);
}
