package distlab.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The value most replicas hold, so a cluster pane can mark the ones that differ. */
public final class Majority {
    private Majority() {}

    /** The most common of {@code values} (on a tie, the first in order), or null when there are none. */
    public static String of(List<String> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String v : values) counts.merge(v, 1, Integer::sum);
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
