package distlab.view;

import distlab.sim.TraceText;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the diagram says about a message. A protocol's message is a record whose description
 * starts with its kind ({@code VoteRequest t3 len=0 last=0}): its arrow is labelled with the
 * first words of that description, as many as fit. A learner's own message (plain text) is
 * labelled with its id, since the learner refers to it by id ({@code deliver m1}).
 */
public final class MessageLabels {
    private static final Map<Class<?>, List<RecordComponent>> LISTS = new ConcurrentHashMap<>();

    private MessageLabels() {}

    /** True for a protocol's message (a record or other object), false for text typed by the learner. */
    public static boolean hasKind(Object payload) {
        return payload != null && !(payload instanceof String);
    }

    /** The description the events list prints for the payload, cut to 40 characters. */
    public static String description(Object payload) {
        return TraceText.payload(payload);
    }

    /**
     * The label for an arrow with {@code room} columns between its ends: the longest of the
     * first three, two or one words of the description that leaves a little of the arrow
     * showing, else {@code mM}; "" if nothing fits.
     */
    public static String arrow(Object payload, int message, int room) {
        String id = "m" + message;
        if (hasKind(payload)) {
            String[] words = description(payload).split(" ", 4);
            for (int n = Math.min(3, words.length); n >= 1; n--) {
                String label = String.join(" ", java.util.Arrays.copyOf(words, n));
                if (label.length() <= room - 2) return label;
            }
        }
        return id.length() <= room ? id : "";
    }

    /**
     * A heartbeat: a record message with an empty list of entries, the rule that picks out
     * Raft's LogRequests that carry no log entries (lecture 6.2: the leader sends them to
     * keep its followers from starting an election).
     */
    public static boolean isHeartbeat(Object payload) {
        if (payload == null || !payload.getClass().isRecord()) return false;
        for (RecordComponent c : LISTS.computeIfAbsent(payload.getClass(), MessageLabels::listComponents)) {
            try {
                if (c.getAccessor().invoke(payload) instanceof Collection<?> list && list.isEmpty()) return true;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
        }
        return false;
    }

    private static List<RecordComponent> listComponents(Class<?> type) {
        return java.util.Arrays.stream(type.getRecordComponents())
                .filter(c -> Collection.class.isAssignableFrom(c.getType()))
                .toList();
    }
}
