package distlab.protocol.raft;

/** What the safety checker reads about one server: persistent state always, volatile state while up. */
interface CheckedServer {
    String name();

    int currentTerm();

    RaftLog log();

    boolean up();

    /** The role; only meaningful while up. */
    RaftServer.Role role();

    /** Entries known committed (and applied); only meaningful while up. */
    int commitLength();

    /** Changes on every restart, when volatile state starts again from nothing. */
    Object incarnation();
}
