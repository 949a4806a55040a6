package distlab.protocol.command;

/**
 * What a command's word names. The engine checks nothing by kind (commands read their own
 * words); completion offers the session's current names for each kind, and the command
 * reference shows the labels.
 */
public enum WordKind {
    /** A node: server or client name, or {@code leader}. */
    NODE,
    /** A node, or {@code all}. */
    NODE_OR_ALL,
    /** A client, {@code c1 c2 ...}, created on first use. */
    CLIENT,
    /** An in-flight message, or {@code all}. */
    MESSAGE_OR_ALL,
    /** An event id or a virtual time. */
    EVENT_OR_TIME,
    /** A path for {@code show}. */
    PATH,
    /** An expression for {@code expect}. */
    EXPR,
    /** A duration such as {@code 150ms}. */
    DURATION,
    /** A whole number. */
    NUMBER,
    /** One of the word's fixed choices. */
    CHOICE,
    /** A key of a store. */
    KEY,
    /** A value or word the user makes up. */
    WORD,
    /** Free text to the end of the line. */
    TEXT,
    /** A {@code KEY=VALUE} setting. */
    SETTING,
    /** A protocol name. */
    PROTOCOL,
    /** A command name. */
    COMMAND,
    /** A lecture id. */
    LECTURE,
    /** A file name. */
    FILE
}
