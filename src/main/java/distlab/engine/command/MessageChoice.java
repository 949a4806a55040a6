package distlab.engine.command;

import distlab.sim.LabException;
import distlab.sim.net.MessageStatus;
import distlab.sim.net.MessageTable;
import java.util.ArrayList;
import java.util.List;

/** The messages a {@code deliver} or {@code drop} names, checked before any is touched. */
final class MessageChoice {
    private MessageChoice() {}

    /** The messages to act on; {@code all} over none prints {@code nothing in flight} and gives none. */
    static List<Integer> inflight(Invocation in, List<String> words, String verb) {
        MessageTable messages = in.sim().messages();
        if (words.size() == 1 && words.get(0).equals("all")) {
            List<Integer> all = new ArrayList<>();
            for (int m = 1; m <= messages.count(); m++) {
                if (messages.status(m) == MessageStatus.INFLIGHT) all.add(m);
            }
            if (all.isEmpty()) in.println("nothing in flight");
            return all;
        }
        if (words.contains("all")) throw new LabException("'all' stands alone: " + verb + " all");
        List<Integer> chosen = Args.messages(in.session(), words);
        for (int m : chosen) {
            if (messages.status(m) != MessageStatus.INFLIGHT) {
                throw new LabException("m" + m + " is not in flight: it was already " + messages.status(m).word()
                        + " (in flight: " + inflightList(messages) + ")");
            }
        }
        return chosen;
    }

    private static String inflightList(MessageTable messages) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int m = 1; m <= messages.count() && shown < 10; m++) {
            if (messages.status(m) == MessageStatus.INFLIGHT) {
                b.append(shown++ == 0 ? "" : " ").append('m').append(m);
            }
        }
        if (shown == 0) return "none";
        return messages.inflight() > shown ? b + " ..." : b.toString();
    }
}
