package distlab.view.export;

import distlab.sim.SimTime;
import distlab.sim.Simulation;
import distlab.sim.TraceText;
import distlab.sim.net.MessageStatus;
import distlab.sim.net.MessageTable;
import distlab.sim.trace.EntryKind;
import distlab.sim.trace.Trace;
import distlab.view.MessageLabels;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The whole space-time diagram as SVG (docs/formats.md), for slides and reports: a line per node,
 * a dot per event, an arrow per message labelled with its payload and coloured by its kind,
 * crosses for drops and crashes. Nothing is capped. Rows are packed: an entry goes on the first
 * row below its node's previous entry and below the send it receives, so concurrent events
 * share rows and thousands of events stay readable (lecture 4.1's diagrams, drawn to scale of
 * causality rather than of time; each row's time is printed in the margin).
 */
public final class SvgDiagram {
    private static final int LEFT = 110;
    private static final int COLUMN = 170;
    private static final int TOP = 70;
    private static final int ROW = 22;
    /** Colour-blind-safe, distinct on a projector (Okabe and Ito's palette, then darker tones). */
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
            "#8C564B", "#7F7F7F", "#BCBD22", "#17BECF", "#9467BD"};

    private SvgDiagram() {}

    public static String of(Simulation sim) {
        Trace trace = sim.trace();
        MessageTable messages = sim.messages();
        int nodes = sim.nodes().size();
        int entries = trace.size();
        int[] row = new int[entries];
        int[] lastRow = new int[nodes];
        java.util.Arrays.fill(lastRow, -1);
        int rows = 0;
        for (int i = 0; i < entries; i++) {
            int node = trace.node(i);
            int r = lastRow[node] + 1;
            EntryKind kind = trace.kind(i);
            if (kind == EntryKind.RECEIVE || kind == EntryKind.DROP) r = Math.max(r, row[messages.sendEntry(trace.message(i))] + 1);
            row[i] = r;
            lastRow[node] = r;
            rows = Math.max(rows, r + 1);
        }
        Map<String, String> colours = new LinkedHashMap<>();
        for (int m = 1; m <= messages.count(); m++) colours.computeIfAbsent(kindOf(messages.payload(m)), k -> COLOURS[colours.size() % COLOURS.length]);

        int width = LEFT + nodes * COLUMN + 40;
        int height = TOP + rows * ROW + 60;
        StringBuilder out = new StringBuilder(1024 + entries * 200);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">%n", width, height, width, height));
        out.append("<title>distlab space-time diagram: ").append(trace.eventCount()).append(" events, ").append(messages.count())
                .append(" messages</title>\n");
        out.append("<defs>\n");
        for (String colour : new java.util.LinkedHashSet<>(colours.values())) {
            out.append("<marker id=\"a").append(colour.substring(1)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                    + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour).append("\"/></marker>\n");
        }
        out.append("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        legend(out, colours);
        // Node lines and names.
        for (int n = 0; n < nodes; n++) {
            int x = x(n);
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
                    x, TOP - 12, esc(sim.node(n).name())));
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\" stroke-width=\"1.5\"/>%n",
                    x, TOP - 6, x, height - 30));
        }
        // Times in the margin: each row's earliest entry.
        long[] rowTime = new long[rows];
        java.util.Arrays.fill(rowTime, -1);
        for (int i = 0; i < entries; i++) if (rowTime[row[i]] < 0) rowTime[row[i]] = trace.time(i);
        String lastShown = "";
        for (int r = 0; r < rows; r++) {
            String t = SimTime.format(rowTime[r]);
            if (t.equals(lastShown)) continue;
            lastShown = t;
            out.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"%d\" fill=\"#888\" font-size=\"10\">%s</text>%n", y(r) + 4, t));
        }
        // Messages, under the dots.
        for (int m = 1; m <= messages.count(); m++) {
            int send = messages.sendEntry(m);
            int end = messages.endEntry(m);
            String colour = colours.get(kindOf(messages.payload(m)));
            int x1 = x(messages.from(m));
            int y1 = y(row[send]);
            int x2 = x(messages.to(m));
            boolean finished = messages.status(m) != MessageStatus.INFLIGHT && end > 0 && end < entries;
            int y2 = finished ? y(row[end]) : y(rows) ;
            boolean dropped = messages.status(m) == MessageStatus.DROPPED;
            if (dropped) x2 = x1 + (x2 - x1) * 2 / 3;
            if (!finished) x2 = x1 + (x2 - x1) / 2;
            out.append(String.format(Locale.ROOT, "<g id=\"m%d\"><title>m%d %s</title><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.3\"%s%s/>",
                    m, m, esc(TraceText.payload(messages.payload(m))), x1, y1, x2, y2, colour,
                    dropped || !finished ? " stroke-dasharray=\"4 3\"" : "", dropped ? "" : " marker-end=\"url(#a" + colour.substring(1) + ")\""));
            if (dropped) cross(out, x2, y2, "#C00000");
            double angle = Math.toDegrees(Math.atan2(y2 - y1, x2 - x1));
            if (angle > 90) angle -= 180;
            if (angle < -90) angle += 180;
            String label = MessageLabels.arrow(messages.payload(m), m, Math.max(6, (int) (Math.hypot(x2 - x1, y2 - y1) / 6.5)));
            if (!label.isEmpty()) {
                out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\" font-size=\"9\" text-anchor=\"middle\" transform=\"rotate(%.1f %d %d)\">%s</text>",
                        (x1 + x2) / 2, (y1 + y2) / 2 - 3, colour, angle, (x1 + x2) / 2, (y1 + y2) / 2, esc(label)));
            }
            out.append("</g>\n");
        }
        // Entries: events as dots (with their ids), notes as marks.
        for (int i = 0; i < entries; i++) {
            int x = x(trace.node(i));
            int y = y(row[i]);
            EntryKind kind = trace.kind(i);
            String title = esc(TraceText.describe(sim, i)) + " at " + SimTime.format(trace.time(i));
            if (kind.isEvent()) {
                int e = trace.eventNumber(i);
                String fill = kind == EntryKind.LOCAL || kind == EntryKind.DELIVER ? "#FFFFFF" : "#222";
                out.append(String.format(Locale.ROOT, "<circle id=\"e%d\" cx=\"%d\" cy=\"%d\" r=\"3.5\" fill=\"%s\" stroke=\"#222\"><title>e%d %s</title></circle>%n",
                        e, x, y, fill, e, title));
                if (kind == EntryKind.LOCAL || kind == EntryKind.DELIVER) {
                    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\">%s</text>%n", x + 6, y + 3,
                            esc(TraceText.describe(sim, i))));
                }
            } else if (kind == EntryKind.CRASH) {
                cross(out, x, y, "#C00000");
                out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#C00000\">crash</text>%n", x + 8, y + 4));
            } else if (kind == EntryKind.RESTART) {
                out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"8\" height=\"8\" fill=\"#009E73\"><title>%s</title></rect>%n", x - 4, y - 4, title));
                out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#009E73\">restart</text>%n", x + 8, y + 4));
            } else if (kind == EntryKind.TIMER) {
                out.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"2\" fill=\"#AAA\"><title>%s</title></circle>%n", x, y, title));
            }
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static void legend(StringBuilder out, Map<String, String> colours) {
        int x = LEFT - 40;
        for (Map.Entry<String, String> c : colours.entrySet()) {
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"16\" x2=\"%d\" y2=\"16\" stroke=\"%s\" stroke-width=\"3\"/>"
                    + "<text x=\"%d\" y=\"20\">%s</text>%n", x, x + 18, c.getValue(), x + 22, esc(c.getKey())));
            x += 34 + 7 * c.getKey().length();
        }
    }

    private static void cross(StringBuilder out, int x, int y, String colour) {
        out.append(String.format(Locale.ROOT, "<path d=\"M%d,%d L%d,%d M%d,%d L%d,%d\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                x - 4, y - 4, x + 4, y + 4, x - 4, y + 4, x + 4, y - 4, colour));
    }

    /** A message's kind: its record's name, or "text" for what the learner typed. */
    private static String kindOf(Object payload) {
        return MessageLabels.hasKind(payload) ? payload.getClass().getSimpleName() : "text";
    }

    private static int x(int node) {
        return LEFT + node * COLUMN + COLUMN / 2;
    }

    private static int y(int row) {
        return TOP + row * ROW + ROW / 2;
    }

    /** Text as XML character data: markup characters escaped, control characters dropped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') b.append(c);
                }
            }
        }
        return b.toString();
    }
}
