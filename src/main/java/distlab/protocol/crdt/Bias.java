package distlab.protocol.crdt;

import java.util.Locale;

/**
 * How an LWW set decides between an element's latest add and latest remove. With full
 * (Lamport clock, node) stamps they never tie, so {@link #NODE} is the plain rule "present
 * when the add is later". The classic LWW-element-set compares clocks alone and needs a
 * bias for equal clocks: {@link #ADD} keeps the element, {@link #REMOVE} drops it.
 */
public enum Bias {
    /** Compare (clock, node) stamps: on equal clocks the node later in node order wins. */
    NODE,
    /** Compare clocks only; on equal clocks the add wins. */
    ADD,
    /** Compare clocks only; on equal clocks the remove wins. */
    REMOVE;

    /** Is an element whose latest add and remove carry these stamps present? */
    public boolean present(Stamp add, Stamp remove) {
        if (add == null) return false;
        if (remove == null) return true;
        return switch (this) {
            case NODE -> add.isAfter(remove);
            case ADD -> add.lamport() >= remove.lamport();
            case REMOVE -> add.lamport() > remove.lamport();
        };
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
