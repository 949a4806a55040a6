package distlab.lecture;

import java.util.ArrayList;
import java.util.List;

/** Finds a lecture's runnable blocks: code fenced as {@code ```lab}. */
public final class TryItBlocks {
    private TryItBlocks() {}

    /** A block's commands and the line of the lecture where it starts. */
    public record Block(int line, String text) {}

    public static List<Block> extract(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (current == null && line.strip().equals("```lab")) {
                current = new StringBuilder();
                start = i + 2;
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(new Block(start, current.toString()));
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return blocks;
    }
}
