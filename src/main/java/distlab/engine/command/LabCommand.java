package distlab.engine.command;

/**
 * One command of the language. Implementations are picocli {@code @Command} classes: picocli
 * fills their fields from the words of the line, then {@link #run} does the work.
 */
public interface LabCommand {
    void run(Invocation in);
}
