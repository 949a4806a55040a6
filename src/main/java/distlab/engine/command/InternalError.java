package distlab.engine.command;

/** A bug in the lab, reported as one line the user can paste into an issue, never a stack trace. */
final class InternalError {
    private InternalError() {}

    static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0].getClassName().replaceAll(".*\\.", "") + ":" + trace[0].getLineNumber();
        String what = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return "internal error (" + e.getClass().getSimpleName() + what + where + "); the session is intact, please report this";
    }
}
