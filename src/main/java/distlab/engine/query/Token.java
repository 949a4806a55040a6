package distlab.engine.query;

/** One lexical token of an expression. */
record Token(Kind kind, String text) {
    enum Kind { WORD, STRING, BRACKETED, LPAREN, RPAREN, OPERATOR, END }

    boolean is(String s) {
        return (kind == Kind.WORD || kind == Kind.OPERATOR) && text.equals(s);
    }
}
