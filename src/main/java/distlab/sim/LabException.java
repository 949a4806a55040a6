package distlab.sim;

/**
 * A problem with what the user asked for. Its message is one line a user can act on;
 * the front ends print it as it is and never show a stack trace.
 */
public class LabException extends RuntimeException {
    public LabException(String message) {
        super(message, null, false, false);
    }
}
