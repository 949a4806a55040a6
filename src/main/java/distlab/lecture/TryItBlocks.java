package distlab.lecture;

import java.util.ArrayList;
import java.util.List;

/** Finds a lecture's runnable blocks: code fenced as {@code ```lab}. */
public final class TryItBlocks {
    private TryItBlocks() {}

    /** A block's commands and the line of the lecture where it starts. */
    public record Block(int line, String text) {}

    /**
     * A lecture's Try-it blocks as one script: each block in a fresh session with seed 1
     * ({@code seed 1} resets), as the lab's tests run them and the lecture describes them.
     */
    public static String script(String markdown) {
        StringBuilder b = new StringBuilder();
        List<Block> blocks = extract(markdown);
        for (int i = 0; i < blocks.size(); i++) {
            b.append("# Try it ").append(i + 1).append(" of ").append(blocks.size()).append(" (line ").append(blocks.get(i).line())
                    .append(" of the lecture), in a fresh session\nseed 1\n").append(blocks.get(i).text()).append('\n');
        }
        return b.toString();
    }

    /** The block's commands, one per line: blank lines and comment lines left out. */
    public static List<String> commands(Block block) {
        return block.text().lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).toList();
    }

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
