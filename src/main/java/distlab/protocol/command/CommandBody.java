package distlab.protocol.command;

/** What a command does, given its parsed words. Throws LabException for bad input. */
@FunctionalInterface
public interface CommandBody {
    void run(Call call);
}
